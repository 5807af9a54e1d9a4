import type { BankTokenProvider } from '@devportal/portal-domain';

/**
 * How long an organisation's token is reused without asking the provider. The provider must be
 * built to refresh more than this ahead of expiry, so a reused token is always still valid.
 */
export const ORGANISATION_TOKEN_REUSE_MS = 60_000;

interface Reused {
  readonly accessToken: string;
  readonly untilMs: number;
}

/**
 * The organisations' bank tokens in front of the domain's {@link BankTokenProvider}, which reads
 * (and refreshes, single-flight across processes) the sealed connection in the table: reused for
 * a minute, so a read call does not wait for the table, and asked for once per organisation at a
 * time.
 */
export class OrganisationTokenCache {
  private readonly reused = new Map<string, Reused>();
  private readonly asking = new Map<string, Promise<string>>();

  constructor(
    private readonly provider: BankTokenProvider,
    private readonly now: () => number,
  ) {}

  /** A valid bank access token of the organisation. */
  accessToken(organisationId: string): Promise<string> {
    const reused = this.reused.get(organisationId);
    if (reused && reused.untilMs > this.now()) return Promise.resolve(reused.accessToken);
    let asking = this.asking.get(organisationId);
    if (!asking) {
      asking = this.provider
        .accessToken(organisationId)
        .then((accessToken) => {
          this.reused.set(organisationId, {
            accessToken,
            untilMs: this.now() + ORGANISATION_TOKEN_REUSE_MS,
          });
          return accessToken;
        })
        .finally(() => this.asking.delete(organisationId));
      this.asking.set(organisationId, asking);
    }
    return asking;
  }

  /** Forgets the organisation's token after the bank refused it. */
  invalidate(organisationId: string, accessToken: string): void {
    if (this.reused.get(organisationId)?.accessToken === accessToken) {
      this.reused.delete(organisationId);
    }
  }
}

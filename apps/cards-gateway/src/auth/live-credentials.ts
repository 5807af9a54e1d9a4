import type { ApplicationRepository } from '@devportal/portal-domain';
import type { GatewayClaims } from './gateway-claims.js';

/** How long a read of an application's credentials is trusted: a revocation shows within it plus one read. */
export const CREDENTIALS_FRESH_FOR_MS = 3_000;
/** Applications whose credentials one execution environment keeps: past it, the oldest read goes. */
const MAX_APPLICATIONS = 10_000;

/** When each live secret of an application stops working (`Infinity`: not set to stop). */
type SecretEnds = ReadonlyMap<string, number>;

interface Reading {
  readonly readAtMs: number;
  /** Shared by the calls that arrive while it is under way (one read per application at a time). */
  readonly secrets: Promise<SecretEnds>;
}

/**
 * Whether a gateway token's credentials still stand: its application and organisation exist and
 * the Client Secret it was minted with still works. Deleting the application or the organisation,
 * or re-issuing the secret without overlap (or the overlap ending), thus stops the application's
 * live tokens, not only its next ones.
 *
 * Each execution environment reads an application's state from the table (one consistent
 * two-item `BatchGetItem`) at most once per {@link CREDENTIALS_FRESH_FOR_MS} while it is called,
 * so a revocation reaches every environment within that plus one read: under 5 s. The readings
 * are an optimisation only: bounded, and correct if lost (a frozen, thawed or new environment
 * reads again). A secret's end is kept with it, so an overlap stops at its instant, not a read later.
 */
export class LiveCredentials {
  private readonly readings = new Map<string, Reading>();

  constructor(
    private readonly applications: Pick<ApplicationRepository, 'getLive'>,
    private readonly now: () => number,
  ) {}

  /** Whether the token's application, organisation and secret are all live now. */
  async stand(claims: GatewayClaims): Promise<boolean> {
    const secrets = await this.secretsOf(claims.organisationId, claims.applicationId);
    return (secrets.get(claims.secretId) ?? Number.NEGATIVE_INFINITY) > this.now();
  }

  private secretsOf(organisationId: string, applicationId: string): Promise<SecretEnds> {
    const key = `${organisationId}/${applicationId}`;
    const known = this.readings.get(key);
    const startedAtMs = this.now();
    if (known && startedAtMs - known.readAtMs < CREDENTIALS_FRESH_FOR_MS) return known.secrets;
    const secrets = this.read(organisationId, applicationId);
    // Re-inserted at the end, so the map's first key is always the oldest reading.
    this.readings.delete(key);
    if (this.readings.size >= MAX_APPLICATIONS) {
      const oldest = this.readings.keys().next().value;
      if (oldest !== undefined) this.readings.delete(oldest);
    }
    // Stamped with the time the read started: a change committed after that shows at the next read.
    this.readings.set(key, { readAtMs: startedAtMs, secrets });
    secrets.catch(() => {
      if (this.readings.get(key)?.secrets === secrets) this.readings.delete(key);
    });
    return secrets;
  }

  private async read(organisationId: string, applicationId: string): Promise<SecretEnds> {
    const application = await this.applications.getLive(organisationId, applicationId);
    return new Map(
      (application?.secrets ?? []).map((secret) => [
        secret.id,
        secret.expiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(secret.expiresAt),
      ]),
    );
  }
}

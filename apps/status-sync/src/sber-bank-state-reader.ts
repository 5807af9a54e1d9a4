import {
  type BankContourAccess,
  type BankTimeouts,
  DEFAULT_BANK_TIMEOUTS,
} from '@devportal/bank-access';
import { withDeadline } from '@devportal/http-transport';
import type { Contour } from '@devportal/portal-domain';
import { createSberClient, type SberBackoffOptions, type SberClient } from '@devportal/sber-client';
import type { BankStateReader } from './bank-state-reader.js';

/** Settings of {@link SberBankStateReader}. */
export interface SberBankStateReaderOptions {
  /** The contours the sync may read; a document of a missing contour fails. */
  readonly contours: BankContourAccess;
  /** Retries of one state call by the client (1): the next run retries anyway. */
  readonly maxRetries?: number;
  /**
   * The client's backoff; `maxRetryAfterMs` defaults to 1 s so that a longer
   * `Retry-After` reaches the sync, which pauses the contour instead of sleeping.
   */
  readonly backoff?: SberBackoffOptions;
  /** Limit of one attempt (10 s, and never more than the total). */
  readonly timeoutMs?: number;
  /** `totalMs` bounds a whole read, its retry and backoff included (default 10 s). */
  readonly timeouts?: BankTimeouts;
}

/**
 * {@link BankStateReader} on `@devportal/sber-client`: one client per contour and organisation,
 * reaching each contour as the cards gateway does (`@devportal/bank-access`), so a document is
 * checked with the host and token it was created with.
 */
export class SberBankStateReader implements BankStateReader {
  private readonly clients = new Map<string, SberClient>();

  constructor(private readonly options: SberBankStateReaderOptions) {}

  async readState(
    organisationId: string,
    contour: Contour,
    externalId: string,
    options: { readonly signal?: AbortSignal } = {},
  ): Promise<string> {
    const { totalMs } = this.options.timeouts ?? DEFAULT_BANK_TIMEOUTS;
    const client = this.clientOf(organisationId, contour);
    const { bankStatus } = await withDeadline(
      totalMs,
      (signal) => client.getLimitChangeState(externalId, { signal }),
      options.signal,
    );
    if (bankStatus === undefined) throw new Error('The bank answered without a bankStatus');
    return bankStatus;
  }

  /** Closes every client's connections. */
  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.close()));
    this.clients.clear();
  }

  private clientOf(organisationId: string, contour: Contour): SberClient {
    const key = `${contour}/${organisationId}`;
    let client = this.clients.get(key);
    if (!client) {
      const access = this.options.contours[contour];
      if (!access) throw new Error(`The ${contour} contour is not configured for the status sync`);
      let lastToken: string | undefined;
      client = createSberClient({
        environment: access.apiBaseUrl,
        tokenProvider: async ({ forceRefresh }) => {
          if (forceRefresh && lastToken) access.invalidate(organisationId, lastToken);
          lastToken = await access.accessToken(organisationId);
          return lastToken;
        },
        maxRetries: this.options.maxRetries ?? 1,
        timeoutMs: Math.min(
          this.options.timeoutMs ?? 10_000,
          (this.options.timeouts ?? DEFAULT_BANK_TIMEOUTS).totalMs,
        ),
        backoff: { maxRetryAfterMs: 1_000, ...this.options.backoff },
        ...(access.tls && { tls: access.tls }),
      });
      this.clients.set(key, client);
    }
    return client;
  }
}

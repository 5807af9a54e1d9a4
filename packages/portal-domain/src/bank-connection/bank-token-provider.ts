import { ConflictError } from '../errors.js';
import type { Clock } from '../ports/clock.js';
import type { DomainCrypto } from '../ports/crypto.js';
import { refreshTokenExpired, type StoredBankConnection } from './bank-connection.js';
import type { BankConnectionRepository } from './bank-connection-repository.js';
import type { BankTokens, RefreshBankTokens } from './bank-tokens.js';
import type { TokenVault } from './token-vault.js';

/** After a refresh the bank keeps accepting the replaced refresh token for two hours. */
export const PREVIOUS_REFRESH_TOKEN_VALIDITY_MS = 2 * 60 * 60 * 1000;

/** Timings of {@link BankTokenProvider}. */
export interface BankTokenProviderOptions {
  /** Refresh when the access token has less than this left (default 60 s). */
  readonly refreshAheadMs?: number;
  /**
   * How long a refresh lease lasts (default 30 s). Must stay well under the two
   * hours the replaced refresh token remains valid: if a holder dies after the
   * bank rotated the tokens but before storing them, the next holder redoes the
   * refresh with the stored (old) refresh token, which the bank still accepts.
   */
  readonly leaseMs?: number;
  /** How often a process that lost the lease re-reads the connection (default 200 ms). */
  readonly pollMs?: number;
  /** How long it waits for the holder before giving up (default 10 s). */
  readonly maxWaitMs?: number;
}

/** What {@link BankTokenProvider} runs on. */
export interface BankTokenProviderDependencies {
  readonly bankConnections: BankConnectionRepository;
  readonly vault: TokenVault;
  readonly refresh: RefreshBankTokens;
  readonly clock: Clock;
  readonly crypto: DomainCrypto;
}

/**
 * Hands the gateway and the status sync a valid access token of an organisation,
 * refreshing it when needed. Refreshes are single-flight across processes: a lease
 * item in the table elects one refresher; the others wait and read its result.
 */
export class BankTokenProvider {
  private readonly refreshAheadMs: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly deps: BankTokenProviderDependencies,
    options: BankTokenProviderOptions = {},
  ) {
    this.refreshAheadMs = options.refreshAheadMs ?? 60_000;
    this.leaseMs = options.leaseMs ?? 30_000;
    this.pollMs = options.pollMs ?? 200;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    if (this.leaseMs >= PREVIOUS_REFRESH_TOKEN_VALIDITY_MS / 4) {
      throw new RangeError('The refresh lease must be far shorter than two hours');
    }
  }

  /**
   * A valid access token of the organisation. Conflict `bank_not_connected` or
   * `bank_connection_expired` when there is nothing to refresh with, and
   * `bank_token_refresh_busy` if another process held the lease too long.
   */
  async accessToken(organisationId: string): Promise<string> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const stored = await this.usable(organisationId);
      if (this.isFresh(stored)) return (await this.open(stored)).accessToken;
      const holder = this.deps.crypto.newId();
      const now = this.deps.clock.now();
      const until = new Date(now.getTime() + this.leaseMs).toISOString();
      const { bankConnections } = this.deps;
      if (
        await bankConnections.acquireRefreshLease(organisationId, holder, until, now.toISOString())
      ) {
        try {
          return await this.refreshHolding(organisationId, holder);
        } finally {
          await bankConnections.releaseRefreshLease(organisationId, holder);
        }
      }
      if (Date.now() + this.pollMs > deadline) throw new ConflictError('bank_token_refresh_busy');
      await new Promise((wake) => setTimeout(wake, this.pollMs));
    }
  }

  private async refreshHolding(organisationId: string, holder: string): Promise<string> {
    // Re-read under the lease: the previous holder may have refreshed since our first read.
    const latest = await this.usable(organisationId);
    if (this.isFresh(latest)) return (await this.open(latest)).accessToken;
    const renewed = await this.deps.refresh((await this.open(latest)).refreshToken);
    const now = this.deps.clock.now();
    const next: StoredBankConnection = {
      ...latest,
      scopes: renewed.scopes,
      accessTokenExpiresAt: renewed.accessTokenExpiresAt,
      refreshTokenExpiresAt: renewed.refreshTokenExpiresAt,
      tokens: await this.deps.vault.seal(JSON.stringify(renewed), organisationId),
      refreshedAt: now.toISOString(),
      previousRefreshTokenValidUntil: new Date(
        now.getTime() + PREVIOUS_REFRESH_TOKEN_VALIDITY_MS,
      ).toISOString(),
      version: latest.version + 1,
    };
    await this.deps.bankConnections.storeRefreshed(next, holder, now.toISOString());
    return renewed.accessToken;
  }

  private async usable(organisationId: string): Promise<StoredBankConnection> {
    const stored = await this.deps.bankConnections.get(organisationId);
    if (!stored) throw new ConflictError('bank_not_connected');
    if (refreshTokenExpired(stored, this.deps.clock.now())) {
      throw new ConflictError('bank_connection_expired');
    }
    return stored;
  }

  private isFresh(stored: StoredBankConnection): boolean {
    const left = Date.parse(stored.accessTokenExpiresAt) - this.deps.clock.now().getTime();
    return left > this.refreshAheadMs;
  }

  private async open(stored: StoredBankConnection): Promise<BankTokens> {
    return JSON.parse(await this.deps.vault.open(stored.tokens, stored.organisationId));
  }
}

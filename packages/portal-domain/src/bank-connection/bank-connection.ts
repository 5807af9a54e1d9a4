import type { components } from '../generated/portal.js';
import type { SealedSecret } from './token-vault.js';

/** An organisation's bank connection as stored: the tokens only sealed. */
export interface StoredBankConnection {
  readonly organisationId: string;
  readonly connectedAt: string;
  readonly connectedBy: string;
  readonly scopes: readonly string[];
  readonly accessTokenExpiresAt: string;
  readonly refreshTokenExpiresAt: string;
  /** The sealed JSON of the {@link BankTokens}. */
  readonly tokens: SealedSecret;
  readonly refreshedAt?: string;
  /**
   * Until when the bank still accepts the refresh token replaced by the last
   * refresh (2 hours after it): a refresh lost before it was stored can be redone.
   */
  readonly previousRefreshTokenValidUntil?: string;
  /** Optimistic-concurrency counter: a refresh is conditioned on the version read. */
  readonly version: number;
}

/** The status of a bank connection: never a token. */
export type BankConnectionView = components['schemas']['BankConnection'];

/** The view of `stored` at `now`: expired once the refresh token has. */
export function bankConnectionView(
  stored: StoredBankConnection | undefined,
  now: Date,
): BankConnectionView {
  if (!stored) return { status: 'not_connected' };
  return {
    status: refreshTokenExpired(stored, now) ? 'expired' : 'connected',
    connectedAt: stored.connectedAt,
    connectedBy: stored.connectedBy,
    scopes: [...stored.scopes],
    refreshTokenExpiresAt: stored.refreshTokenExpiresAt,
  };
}

/** Whether the refresh token can no longer renew the connection. */
export function refreshTokenExpired(stored: StoredBankConnection, now: Date): boolean {
  return Date.parse(stored.refreshTokenExpiresAt) <= now.getTime();
}

import type { SealedSecret } from './token-vault.js';

/**
 * A SberBusiness ID authorization a member started for their organisation, waiting for the
 * bank's redirect back with its `state`.
 */
export interface PendingBankAuthorization {
  readonly organisationId: string;
  /** Who started it: the person the connection will be recorded for. */
  readonly userId: string;
  readonly email: string;
  /** The SberBusiness ID services asked for. */
  readonly scopes: readonly string[];
  /** The PKCE verifier; secret until the code exchange. */
  readonly codeVerifier: string;
  /** Until when the redirect may come back, ISO 8601. */
  readonly expiresAt: string;
}

/**
 * A pending authorization as stored: keyed by the SHA-256 of its `state` (the state itself is
 * never kept) and with its PKCE verifier sealed for the organisation.
 */
export interface StoredBankAuthorization extends Omit<PendingBankAuthorization, 'codeVerifier'> {
  readonly stateHash: string;
  readonly sealedVerifier: SealedSecret;
}

import {
  type Clock,
  ConflictError,
  type DomainCrypto,
  type SealedSecret,
  type TokenVault,
} from '@devportal/portal-domain';
import {
  type DocumentStore,
  deleteItem,
  type ItemKey,
  itemExists,
  itemIsAbsent,
  putItem,
} from '@devportal/portal-domain/dynamodb';

/** A started SberBusiness ID authorization, waiting for the bank's redirect. */
export interface PendingBankAuthorization {
  readonly organisationId: string;
  /** Who started it: the person the connection will be recorded for. */
  readonly userId: string;
  readonly email: string;
  readonly scopes: readonly string[];
  /** The PKCE verifier; secret until the code exchange. */
  readonly codeVerifier: string;
  readonly expiresAt: string;
}

/**
 * Single-use `state`s of bank authorizations, in the portal table under
 * `BANKAUTH#<sha256(state)> / STATE` with a TTL: the state itself is never stored, and the PKCE
 * verifier only sealed for the organisation. Consuming deletes the item on the condition that it
 * still exists, so of two redirects carrying one state exactly one proceeds.
 *
 * Lives here until portal-domain offers a storage port for it (see the README).
 */
export class BankAuthorizationStates {
  constructor(
    private readonly store: DocumentStore,
    private readonly vault: TokenVault,
    private readonly clock: Clock,
    private readonly crypto: DomainCrypto,
  ) {}

  /** Remembers `pending` under `state` until it expires. */
  async save(state: string, pending: PendingBankAuthorization): Promise<void> {
    const sealedVerifier = await this.vault.seal(pending.codeVerifier, pending.organisationId);
    await this.store.write(
      putItem(
        this.store.tableName,
        {
          ...this.keyOf(state),
          entity: 'BankAuthorization',
          organisationId: pending.organisationId,
          userId: pending.userId,
          email: pending.email,
          scopes: [...pending.scopes],
          sealedVerifier,
          validUntil: pending.expiresAt,
          expiresAt: Math.ceil(Date.parse(pending.expiresAt) / 1000),
        },
        itemIsAbsent,
      ),
    );
  }

  /** The authorization started with `state`, consumed; `undefined` if unknown, used or expired. */
  async consume(state: string): Promise<PendingBankAuthorization | undefined> {
    const key = this.keyOf(state);
    const item = await this.store.get(key);
    if (!item) return undefined;
    try {
      await this.store.write(deleteItem(this.store.tableName, key, itemExists));
    } catch (error) {
      if (error instanceof ConflictError) return undefined;
      throw error;
    }
    const validUntil = String(item.validUntil);
    if (validUntil <= this.clock.now().toISOString()) return undefined;
    const organisationId = String(item.organisationId);
    return {
      organisationId,
      userId: String(item.userId),
      email: String(item.email),
      scopes: item.scopes as string[],
      codeVerifier: await this.vault.open(item.sealedVerifier as SealedSecret, organisationId),
      expiresAt: validUntil,
    };
  }

  private keyOf(state: string): ItemKey {
    return { PK: `BANKAUTH#${this.crypto.sha256Hex(state)}`, SK: 'STATE' };
  }
}

import type {
  BankAuthorizationRepository,
  SealedSecret,
  StoredBankAuthorization,
} from '@devportal/portal-domain';
import { ConflictError } from '@devportal/portal-domain';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { ATTRIBUTES } from './table-definition.js';
import { deleteItem, itemIsAbsent, putItem } from './write-operations.js';

/**
 * {@link BankAuthorizationRepository} on the portal table: `BANKAUTH#<sha256(state)> / STATE`,
 * removed by the TTL after its expiry. Consuming deletes the item on the condition that it still
 * exists and was started by the consumer, so of two redirects carrying one state exactly one
 * proceeds, and a stranger's never spends it.
 */
export class DynamoBankAuthorizationRepository implements BankAuthorizationRepository {
  constructor(private readonly store: DocumentStore) {}

  async save(authorization: StoredBankAuthorization): Promise<void> {
    await this.store.write(
      putItem(
        this.store.tableName,
        {
          ...keys.bankAuthorization(authorization.stateHash),
          entity: 'BankAuthorization',
          organisationId: authorization.organisationId,
          userId: authorization.userId,
          email: authorization.email,
          scopes: [...authorization.scopes],
          sealedVerifier: authorization.sealedVerifier,
          expiresAtIso: authorization.expiresAt,
          [ATTRIBUTES.timeToLive]: Math.ceil(Date.parse(authorization.expiresAt) / 1000),
        },
        itemIsAbsent,
      ),
    );
  }

  async consume(stateHash: string, userId: string): Promise<StoredBankAuthorization | undefined> {
    const key = keys.bankAuthorization(stateHash);
    const item = await this.store.get(key);
    if (item?.userId !== userId) return undefined;
    try {
      await this.store.write(
        deleteItem(this.store.tableName, key, {
          expression: 'attribute_exists(PK) AND userId = :userId',
          values: { ':userId': userId },
        }),
      );
    } catch (error) {
      if (error instanceof ConflictError) return undefined;
      throw error;
    }
    return {
      stateHash,
      organisationId: item.organisationId as string,
      userId: item.userId as string,
      email: item.email as string,
      scopes: item.scopes as string[],
      sealedVerifier: item.sealedVerifier as SealedSecret,
      expiresAt: item.expiresAtIso as string,
    };
  }
}

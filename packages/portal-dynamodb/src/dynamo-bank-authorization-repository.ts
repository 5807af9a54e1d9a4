import type {
  BankAuthorizationRepository,
  StoredBankAuthorization,
} from '@devportal/portal-domain';
import { ConflictError } from '@devportal/portal-domain';
import { bankAuthorizationItem, bankAuthorizationOf } from './bank-authorization-item.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
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
      putItem(this.store.tableName, bankAuthorizationItem(authorization), itemIsAbsent),
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
    return bankAuthorizationOf(stateHash, item);
  }
}

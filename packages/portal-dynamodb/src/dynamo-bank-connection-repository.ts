import type {
  BankConnectionRepository,
  Change,
  StoredBankConnection,
} from '@devportal/portal-domain';
import { ConflictError } from '@devportal/portal-domain';
import { connectionItem, connectionOf } from './bank-connection-item.js';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { keys } from './keys.js';
import { checkItem, deleteItem, itemIsAbsent, putItem, versionIs } from './write-operations.js';

/**
 * {@link BankConnectionRepository} on the portal table: the sealed tokens at
 * `ORG#<orgId> / BANKTOKEN`, the refresh lease at `ORG#<orgId> / BANKTOKEN#LEASE`
 * (with a TTL, so an abandoned lease also disappears from the table).
 */
export class DynamoBankConnectionRepository implements BankConnectionRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string): Promise<StoredBankConnection | undefined> {
    const item = await this.store.get(keys.bankToken(organisationId));
    return item && connectionOf(item);
  }

  async connect(connection: StoredBankConnection, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        putItem(
          this.store.tableName,
          connectionItem(connection),
          connection.version === 1 ? itemIsAbsent : versionIs(connection.version - 1),
        ),
      ]),
    );
  }

  async disconnect(organisationId: string, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        deleteItem(this.store.tableName, keys.bankToken(organisationId)),
      ]),
    );
  }

  acquireRefreshLease(
    organisationId: string,
    holder: string,
    until: string,
    now: string,
  ): Promise<boolean> {
    return this.store.update(
      keys.bankTokenRefreshLease(organisationId),
      {
        expression: 'SET #entity = :entity, #holder = :holder, #until = :until, expiresAt = :ttl',
        names: { '#entity': 'entity', '#holder': 'holder', '#until': 'until' },
        values: {
          ':entity': 'BankTokenRefreshLease',
          ':holder': holder,
          ':until': until,
          ':ttl': Math.ceil(Date.parse(until) / 1000),
        },
      },
      { expression: 'attribute_not_exists(PK) OR #until < :now', values: { ':now': now } },
    );
  }

  async releaseRefreshLease(organisationId: string, holder: string): Promise<void> {
    try {
      await this.store.write(
        deleteItem(this.store.tableName, keys.bankTokenRefreshLease(organisationId), {
          expression: '#holder = :holder',
          names: { '#holder': 'holder' },
          values: { ':holder': holder },
        }),
      );
    } catch (error) {
      // Someone took over an expired lease: it is theirs to release.
      if (!(error instanceof ConflictError)) throw error;
    }
  }

  async storeRefreshed(next: StoredBankConnection, holder: string, now: string): Promise<void> {
    await this.store.transact([
      putItem(this.store.tableName, connectionItem(next), versionIs(next.version - 1)),
      checkItem(this.store.tableName, keys.bankTokenRefreshLease(next.organisationId), {
        expression: '#holder = :holder AND #until >= :now',
        names: { '#holder': 'holder', '#until': 'until' },
        values: { ':holder': holder, ':now': now },
      }),
    ]);
  }
}

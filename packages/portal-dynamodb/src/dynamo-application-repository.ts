import type {
  Application,
  ApplicationRepository,
  Change,
  KeyedSecretHash,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { NotFoundError } from '@devportal/portal-domain';
import { applicationItem, applicationOf } from './application-item.js';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { type ItemKey, itemKeyOf, keys, ORG_ITEM_PREFIX } from './keys.js';
import { organisationIsActive, organisationOf } from './organisation-item.js';
import { partitionPage } from './partition-page.js';
import { INDEXES } from './table-definition.js';
import { checkItem, deleteItem, itemIsAbsent, putItem, versionIs } from './write-operations.js';

const applicationNotFound = () => new NotFoundError('application_not_found');

/**
 * {@link ApplicationRepository} on the portal table: `ORG#<orgId> / APP#<appId>`,
 * found by Client ID through GSI1, secrets kept in the item as a map by secret id.
 */
export class DynamoApplicationRepository implements ApplicationRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string, applicationId: string): Promise<Application | undefined> {
    const item = await this.store.get(keys.application(organisationId, applicationId));
    return item && applicationOf(item);
  }

  async getLive(organisationId: string, applicationId: string): Promise<Application | undefined> {
    const applicationKey = keys.application(organisationId, applicationId);
    const items = await this.store.getMany([keys.organisation(organisationId), applicationKey]);
    const application = items.find((item) => item.SK === applicationKey.SK);
    const organisation = items.find((item) => item.SK === keys.organisation(organisationId).SK);
    return application && organisationOf(organisation) ? applicationOf(application) : undefined;
  }

  async list(organisationId: string, page: PageRequest): Promise<Page<Application>> {
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.application,
      page,
      applicationOf,
    );
  }

  async findByClientId(clientId: string): Promise<Application | undefined> {
    const { GSI1PK, GSI1SK } = keys.applicationLookup(clientId);
    const { items } = await this.store.query({
      index: INDEXES.lookup,
      keyCondition: {
        expression: 'GSI1PK = :pk AND GSI1SK = :sk',
        values: { ':pk': GSI1PK, ':sk': GSI1SK },
      },
      limit: 1,
    });
    const found = items[0];
    if (!found) return undefined;
    // The index lags; the table does not: a deleted application or a revoked secret counts at once.
    const item = await this.store.get(itemKeyOf(found));
    return item && item.clientId === clientId ? applicationOf(item) : undefined;
  }

  async create(application: Application, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        checkItem(
          this.store.tableName,
          keys.organisation(application.organisationId),
          organisationIsActive,
        ),
        putItem(this.store.tableName, applicationItem(application), itemIsAbsent),
      ]),
    );
  }

  async save(next: Application, change: Change): Promise<void> {
    await this.store.transact(
      withChange(this.store.tableName, change, [
        putItem(this.store.tableName, applicationItem(next), versionIs(next.version - 1)),
      ]),
    );
  }

  async delete(application: Application, change: Change): Promise<void> {
    const key = keys.application(application.organisationId, application.id);
    await this.store.transact(
      withChange(this.store.tableName, change, [
        deleteItem(this.store.tableName, key, versionIs(application.version), {
          onConditionFailed: applicationNotFound,
        }),
      ]),
    );
    // Subscriptions and quota windows live in the application's own partition; the
    // delete above already cut them off (a subscribe re-checks the application), so
    // removing them in batches afterwards is safe to interrupt and repeat.
    const held: ItemKey[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        expression: 'PK = :pk',
        values: { ':pk': keys.appPartition(application.id) },
      },
    })) {
      held.push(itemKeyOf(item));
    }
    await this.store.deleteMany(held);
  }

  async touchSecret(
    application: Application,
    secretId: string,
    at: string,
    unlessUsedAfter: string,
  ): Promise<void> {
    await this.store.update(
      keys.application(application.organisationId, application.id),
      {
        expression: 'SET #secrets.#secret.#lastUsedAt = :at',
        names: { '#secrets': 'secrets', '#secret': secretId, '#lastUsedAt': 'lastUsedAt' },
        values: { ':at': at },
      },
      {
        expression:
          'attribute_exists(#secrets.#secret) AND (attribute_not_exists(#secrets.#secret.#lastUsedAt) OR #secrets.#secret.#lastUsedAt <= :threshold)',
        values: { ':threshold': unlessUsedAfter },
      },
    );
  }

  async rekeySecret(
    application: Application,
    secretId: string,
    from: KeyedSecretHash,
    to: KeyedSecretHash,
  ): Promise<void> {
    await this.store.update(
      keys.application(application.organisationId, application.id),
      {
        expression: 'SET #secrets.#secret.#hash = :to',
        names: { '#secrets': 'secrets', '#secret': secretId, '#hash': 'hash' },
        values: { ':to': to },
      },
      {
        // The stored hash's own `hash` field: the MAC, unique to that hash.
        expression: '#secrets.#secret.#hash.#hash = :from',
        values: { ':from': from.hash },
      },
    );
  }
}

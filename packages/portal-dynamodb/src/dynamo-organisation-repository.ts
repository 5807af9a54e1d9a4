import type {
  Change,
  Membership,
  MyOrganisation,
  Organisation,
  OrganisationRepository,
  Page,
  PageRequest,
} from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { type ItemKey, itemKeyOf, keys, ORG_ITEM_PREFIX } from './keys.js';
import { memberItem, membershipOf } from './member-item.js';
import { organisationItem, organisationOf, organisationUnchanged } from './organisation-item.js';
import { lookupPage } from './partition-page.js';
import { itemIsAbsent, putItem, updateItem } from './write-operations.js';

/** The attributes of a lookup-index query's last key: the table's keys and the index's. */
const _LOOKUP_KEY_NAMES = ['PK', 'SK', 'GSI1PK', 'GSI1SK'] as const;

/** {@link OrganisationRepository} on the portal table: `ORG#<orgId> / META` and its partition. */
export class DynamoOrganisationRepository implements OrganisationRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string): Promise<Organisation | undefined> {
    return organisationOf(await this.store.get(keys.organisation(organisationId)));
  }

  async listForUser(userId: string, page: PageRequest): Promise<Page<MyOrganisation>> {
    const user = keys.userPartition(userId);
    const organisationPrefix = keys.orgPartition('');
    const memberships = await lookupPage(this.store, user, organisationPrefix, page, membershipOf);
    return { ...memberships, items: await this.withOrganisations(memberships.items) };
  }

  /** The live organisations of `memberships` (one `BatchGetItem`), in the memberships' order. */
  private async withOrganisations(memberships: readonly Membership[]): Promise<MyOrganisation[]> {
    const organisations = new Map<string, Organisation>();
    for (const item of await this.store.getMany(
      memberships.map((membership) => keys.organisation(membership.organisationId)),
    )) {
      const organisation = organisationOf(item);
      if (organisation) organisations.set(organisation.id, organisation);
    }
    return memberships.flatMap((membership) => {
      const organisation = organisations.get(membership.organisationId);
      return organisation ? [{ organisation, role: membership.role }] : [];
    });
  }

  async create(organisation: Organisation, owner: Membership, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        putItem(table, organisationItem(organisation), itemIsAbsent),
        putItem(table, memberItem(owner), itemIsAbsent),
      ]),
    );
  }

  async rename(organisation: Organisation, name: string, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        updateItem(
          table,
          keys.organisation(organisation.id),
          {
            expression: 'SET #name = :name, #version = #version + :one',
            names: { '#name': 'name', '#version': 'version' },
            values: { ':name': name, ':one': 1 },
          },
          organisationUnchanged(organisation),
        ),
      ]),
    );
  }

  async delete(organisation: Organisation, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        updateItem(
          table,
          keys.organisation(organisation.id),
          {
            expression: 'SET #status = :deleted, deletedAt = :at, #version = #version + :one',
            names: { '#status': 'status', '#version': 'version' },
            values: { ':deleted': 'deleted', ':at': change.audit.at, ':one': 1 },
          },
          organisationUnchanged(organisation),
        ),
      ]),
    );
    await this.purge(organisation.id);
  }

  /**
   * Removes what a deleted organisation left behind, keeping its tombstone and
   * audit trail; follows `cascadePartitions` into partitions owned by its items.
   * Idempotent, so an interrupted purge is finished by running it again.
   */
  private async purge(organisationId: string): Promise<void> {
    const doomed: ItemKey[] = [];
    const partitions = [keys.orgPartition(organisationId)];
    for (let next = partitions.shift(); next !== undefined; next = partitions.shift()) {
      for await (const item of this.store.queryAll({
        keyCondition: { expression: 'PK = :pk', values: { ':pk': next } },
      })) {
        const key = itemKeyOf(item);
        if (key.SK === 'META' && key.PK === keys.orgPartition(organisationId)) continue;
        if (key.SK.startsWith(ORG_ITEM_PREFIX.audit)) continue;
        doomed.push(key);
        if (Array.isArray(item.cascadePartitions)) partitions.push(...item.cascadePartitions);
      }
    }
    await this.store.deleteMany(doomed);
  }
}

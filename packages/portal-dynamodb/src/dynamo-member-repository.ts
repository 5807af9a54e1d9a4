import type {
  AssignableRole,
  Change,
  InvitationRevocation,
  MemberRepository,
  Membership,
  Organisation,
  Page,
  PageRequest,
  Role,
} from '@devportal/portal-domain';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { revocationWrites } from './invitation-item.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { membershipOf } from './member-item.js';
import { partitionPage } from './partition-page.js';
import { deleteItem, type GuardedWrite, updateItem, versionIs } from './write-operations.js';

/** {@link MemberRepository} on the portal table: `ORG#<orgId> / MEMBER#<userId>`. */
export class DynamoMemberRepository implements MemberRepository {
  constructor(private readonly store: DocumentStore) {}

  async get(organisationId: string, userId: string): Promise<Membership | undefined> {
    const item = await this.store.get(keys.member(organisationId, userId));
    return item && membershipOf(item);
  }

  async list(organisationId: string, page: PageRequest): Promise<Page<Membership>> {
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.member,
      page,
      membershipOf,
    );
  }

  async count(organisationId: string): Promise<number> {
    return this.store.count({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: { ':pk': keys.orgPartition(organisationId), ':prefix': ORG_ITEM_PREFIX.member },
      },
    });
  }

  async changeRole(
    member: Membership,
    role: AssignableRole,
    change: Change,
    revocations: readonly InvitationRevocation[] = [],
  ): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        this.setRole(member, role),
        ...revocationWrites(table, revocations),
      ]),
    );
  }

  async remove(
    member: Membership,
    change: Change,
    revocations: readonly InvitationRevocation[] = [],
  ): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        deleteItem(
          table,
          keys.member(member.organisationId, member.userId),
          versionIs(member.version),
        ),
        ...revocationWrites(table, revocations),
      ]),
    );
  }

  async transferOwnership(
    organisation: Organisation,
    from: Membership,
    to: Membership,
    change: Change,
  ): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        updateItem(
          table,
          keys.organisation(organisation.id),
          {
            expression: 'SET ownerUserId = :to, #version = #version + :one',
            names: { '#version': 'version' },
            values: { ':to': to.userId, ':one': 1 },
          },
          {
            expression:
              'attribute_exists(PK) AND #status = :active AND ownerUserId = :from AND #version = :readVersion',
            names: { '#status': 'status', '#version': 'version' },
            values: {
              ':active': 'active',
              ':from': from.userId,
              ':readVersion': organisation.version,
            },
          },
        ),
        this.setRole(from, 'Administrator'),
        this.setRole(to, 'Owner'),
      ]),
    );
  }

  /** Sets a member's role if the membership is still at the version read. */
  private setRole(member: Membership, role: Role): GuardedWrite {
    return updateItem(
      this.store.tableName,
      keys.member(member.organisationId, member.userId),
      {
        expression: 'SET #role = :role, #version = #version + :one',
        names: { '#role': 'role', '#version': 'version' },
        values: { ':role': role, ':one': 1 },
      },
      versionIs(member.version),
    );
  }
}

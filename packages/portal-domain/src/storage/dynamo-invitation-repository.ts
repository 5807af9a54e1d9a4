import type { Change } from '../audit/change.js';
import { ConflictError, NotFoundError } from '../errors.js';
import type { Invitation } from '../invitations/invitation.js';
import type { InvitationRepository } from '../invitations/invitation-repository.js';
import type { Membership } from '../members/membership.js';
import type { Page, PageRequest } from '../ports/page.js';
import { withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import { invitationItem, invitationOf } from './invitation-item.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { memberItem } from './member-item.js';
import { organisationIsActive } from './organisation-item.js';
import { partitionPage } from './partition-page.js';
import { INDEXES } from './table-definition.js';
import { checkItem, deleteItem, itemExists, itemIsAbsent, putItem } from './write-operations.js';

const invitationGone = () => new NotFoundError('invitation_not_found');

/** {@link InvitationRepository} on the portal table: `ORG#<orgId> / INVITE#<id>`, GSI1 by token hash. */
export class DynamoInvitationRepository implements InvitationRepository {
  constructor(private readonly store: DocumentStore) {}

  async create(invitation: Invitation, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        checkItem(table, keys.organisation(invitation.organisationId), organisationIsActive, {
          onConditionFailed: () => new NotFoundError('organisation_not_found'),
        }),
        putItem(table, invitationItem(invitation), itemIsAbsent),
      ]),
    );
  }

  async list(organisationId: string, page: PageRequest): Promise<Page<Invitation>> {
    return partitionPage(
      this.store,
      keys.orgPartition(organisationId),
      ORG_ITEM_PREFIX.invitation,
      page,
      invitationOf,
    );
  }

  async findByTokenHash(tokenHash: string): Promise<Invitation | undefined> {
    const lookup = keys.invitationLookup(tokenHash);
    const { items } = await this.store.query({
      index: INDEXES.lookup,
      keyCondition: {
        expression: 'GSI1PK = :hash AND GSI1SK = :kind',
        values: { ':hash': lookup.GSI1PK, ':kind': lookup.GSI1SK },
      },
      limit: 1,
    });
    const [item] = items;
    return item && invitationOf(item);
  }

  async accept(invitation: Invitation, membership: Membership, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        deleteItem(
          table,
          keys.invitation(invitation.organisationId, invitation.id),
          {
            expression: 'attribute_exists(PK) AND tokenHash = :tokenHash',
            values: { ':tokenHash': invitation.tokenHash },
          },
          { onConditionFailed: invitationGone },
        ),
        putItem(table, memberItem(membership), itemIsAbsent, {
          onConditionFailed: () => new ConflictError('already_a_member'),
        }),
        checkItem(table, keys.organisation(invitation.organisationId), organisationIsActive, {
          onConditionFailed: () => new NotFoundError('organisation_not_found'),
        }),
      ]),
    );
  }

  async revoke(organisationId: string, invitationId: string, change: Change): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        deleteItem(table, keys.invitation(organisationId, invitationId), itemExists, {
          onConditionFailed: invitationGone,
        }),
      ]),
    );
  }
}

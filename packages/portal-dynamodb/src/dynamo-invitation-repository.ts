import type {
  Change,
  Invitation,
  InvitationRepository,
  InvitationRevocation,
  Membership,
  Page,
  PageRequest,
  Role,
} from '@devportal/portal-domain';
import { ConflictError, NotFoundError } from '@devportal/portal-domain';
import { actorAuthority, withChange } from './change-writes.js';
import type { DocumentStore } from './document-store.js';
import {
  invitationIsPending,
  invitationItem,
  invitationOf,
  inviteePointerItem,
  revocationWrites,
  revokeInvitationWrite,
} from './invitation-item.js';
import { keys, ORG_ITEM_PREFIX } from './keys.js';
import { memberHoldsOneOf, memberItem } from './member-item.js';
import { organisationIsActive } from './organisation-item.js';
import { partitionPage } from './partition-page.js';
import { INDEXES } from './table-definition.js';
import { checkItem, deleteItem, itemIsAbsent, putItem } from './write-operations.js';

const invitationGone = () => new NotFoundError('invitation_not_found');

/** The most invitations to one address shown at once (each is a read): older ones wait their turn. */
const MAX_INVITATIONS_LISTED = 50;

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
        putItem(table, inviteePointerItem(invitation), itemIsAbsent),
      ]),
    );
  }

  async listTo(email: string): Promise<Invitation[]> {
    const { items: pointers } = await this.store.query({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :invite)',
        values: { ':pk': keys.inviteePartition(email), ':invite': 'INVITE#' },
      },
      limit: MAX_INVITATIONS_LISTED,
    });
    const invitations = await this.store.getMany(
      pointers.map((pointer) =>
        keys.invitation(String(pointer.organisationId), String(pointer.invitationId)),
      ),
    );
    return invitations
      .map(invitationOf)
      .filter((invitation) => invitation.email === email)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
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

  async listPendingIssuedBy(organisationId: string, inviterUserId: string): Promise<Invitation[]> {
    const issued: Invitation[] = [];
    for await (const item of this.store.queryAll({
      keyCondition: {
        expression: 'PK = :pk AND begins_with(SK, :prefix)',
        values: {
          ':pk': keys.orgPartition(organisationId),
          ':prefix': ORG_ITEM_PREFIX.invitation,
        },
      },
      filter: {
        expression: 'invitedBy = :inviter AND attribute_not_exists(revokedAt)',
        values: { ':inviter': inviterUserId },
      },
      consistent: true,
    })) {
      issued.push(invitationOf(item));
    }
    return issued;
  }

  async accept(
    invitation: Invitation,
    membership: Membership,
    inviterMustHold: readonly Role[],
    change: Change,
  ): Promise<void> {
    const table = this.store.tableName;
    await this.store.transact(
      withChange(table, change, [
        // The inviter's right is the invitation's authority: it must still stand when it is used.
        // First, so that an inviter removed meanwhile is what the refusal names.
        checkItem(
          table,
          keys.member(invitation.organisationId, invitation.invitedBy),
          memberHoldsOneOf(inviterMustHold),
          { onConditionFailed: () => new ConflictError('inviter_no_longer_entitled') },
        ),
        deleteItem(
          table,
          keys.invitation(invitation.organisationId, invitation.id),
          {
            expression: `${invitationIsPending.expression} AND tokenHash = :tokenHash`,
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
        revokeInvitationWrite(table, organisationId, invitationId, change.audit.at, {
          onConditionFailed: invitationGone,
        }),
      ]),
    );
  }

  async revokeAll(
    revocations: readonly InvitationRevocation[],
    actorMustHold?: readonly Role[],
  ): Promise<void> {
    const [first] = revocations;
    if (!first) return;
    const table = this.store.tableName;
    const writes = revocationWrites(table, revocations);
    await this.store.transact(
      actorMustHold ? [actorAuthority(table, first.audit, actorMustHold), ...writes] : writes,
    );
  }
}

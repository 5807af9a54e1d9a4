import type { AuditEvent, Change, Role } from '@devportal/portal-domain';
import { ForbiddenError } from '@devportal/portal-domain';
import { auditItem } from './audit-event-item.js';
import { type ItemKey, keys } from './keys.js';
import { memberHoldsOneOf } from './member-item.js';
import { checkItem, type GuardedWrite, itemIsAbsent, putItem } from './write-operations.js';

/**
 * The writes of a change completed with what every change carries: the actor's
 * authority re-checked at commit time and the audit event, so the transaction
 * commits all three or nothing.
 */
export function withChange(
  tableName: string,
  change: Change,
  writes: readonly GuardedWrite[],
): GuardedWrite[] {
  const { audit, actorMustHold } = change;
  const actorKey = keys.member(audit.organisationId, audit.actorUserId);
  // DynamoDB refuses two operations on one item in a transaction; when the actor's
  // own membership is written, that write's version condition already pins the role.
  const actorWritten = writes.some((write) => sameKey(write.key, actorKey));
  const authority =
    actorMustHold && !actorWritten ? [actorAuthority(tableName, audit, actorMustHold)] : [];
  return [...authority, ...writes, putItem(tableName, auditItem(audit), itemIsAbsent)];
}

/** The check that the actor of `audit` still holds one of `roles` when the transaction commits. */
export function actorAuthority(
  tableName: string,
  audit: AuditEvent,
  roles: readonly Role[],
): GuardedWrite {
  return checkItem(
    tableName,
    keys.member(audit.organisationId, audit.actorUserId),
    memberHoldsOneOf(roles),
    { onConditionFailed: () => new ForbiddenError() },
  );
}

function sameKey(a: ItemKey, b: ItemKey): boolean {
  return a.PK === b.PK && a.SK === b.SK;
}

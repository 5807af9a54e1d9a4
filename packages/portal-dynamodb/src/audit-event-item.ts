import { AUDIT_ACTIONS, type AuditEvent, ROLES } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

/** The stored form of an audit event. */
export function auditItem(event: AuditEvent): ItemKey & StoredItem {
  return {
    ...keys.auditEvent(event.organisationId, event.at, event.id),
    entity: 'AuditEvent',
    ...event,
  };
}

/** The audit event an item stores. */
export function auditEventOf(item: StoredItem): AuditEvent {
  const read = new ItemReader(item, 'AuditEvent');
  const target = read.nested('target');
  const actorEmail = read.optionalString('actorEmail');
  const actorName = read.optionalString('actorName');
  return {
    id: read.string('id'),
    organisationId: read.string('organisationId'),
    at: read.string('at'),
    actorUserId: read.string('actorUserId'),
    ...(actorEmail !== undefined && { actorEmail }),
    ...(actorName !== undefined && { actorName }),
    actorRole: read.nullableOneOf('actorRole', ROLES),
    action: read.oneOf('action', AUDIT_ACTIONS),
    target: { type: target.string('type'), id: target.string('id') },
    sourceIp: read.string('sourceIp'),
    details: read.stringMap('details'),
  };
}

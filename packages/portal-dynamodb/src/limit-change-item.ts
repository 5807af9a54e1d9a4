import {
  type CheckedLimitChange,
  type Contour,
  type CreationAnswer,
  type LimitChangeRecord,
  pendingShardOf,
  type StateTransition,
} from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

const CONTOURS: readonly Contour[] = ['sandbox', 'production'];

/**
 * The stored form of a limit-change record: `ORG#<orgId> / LIMIT#<externalId>`, in the sparse
 * GSI2 queue exactly while a next check is scheduled.
 */
export function limitChangeItem(record: LimitChangeRecord): ItemKey & StoredItem {
  return {
    ...keys.limitRequest(record.organisationId, record.externalId),
    ...(record.nextCheckAt &&
      keys.pendingLimitLookup(
        pendingShardOf(record.externalId),
        record.nextCheckAt,
        record.organisationId,
        record.externalId,
      )),
    entity: 'LimitChangeRequest',
    ...record,
  };
}

/** The limit-change record an item stores: what a check needs of it, and the rest. */
export function limitChangeOf(item: StoredItem): LimitChangeRecord {
  const read = new ItemReader(item, 'LimitChangeRequest');
  const code = read.optionalString('code');
  const limit = read.optionalNumber('limit');
  const creationAnswer =
    item.creationAnswer === undefined ? undefined : creationAnswerOf(read.nested('creationAnswer'));
  return {
    ...checkedLimitChangeOf(item),
    ...(code !== undefined && { code }),
    ...(limit !== undefined && { limit }),
    ...(creationAnswer !== undefined && { creationAnswer }),
    history: read.listOfMaps('history', stateTransitionOf),
    createdAt: read.string('createdAt'),
  };
}

/**
 * What a check needs of the item (`CheckedLimitChange`): read from a pending-index entry, so a
 * due document costs no read of its own.
 */
export function checkedLimitChangeOf(item: StoredItem): CheckedLimitChange {
  const read = new ItemReader(item, 'LimitChangeRequest');
  const businessCardId = read.optionalString('businessCardId');
  const applicationId = read.optionalString('applicationId');
  const lastCheckedAt = read.optionalString('lastCheckedAt');
  const nextCheckAt = read.optionalString('nextCheckAt');
  return {
    organisationId: read.string('organisationId'),
    externalId: read.string('externalId'),
    ...(businessCardId !== undefined && { businessCardId }),
    contour: read.oneOf('contour', CONTOURS),
    ...(applicationId !== undefined && { applicationId }),
    state: read.string('state'),
    checksInState: read.number('checksInState'),
    ...(lastCheckedAt !== undefined && { lastCheckedAt }),
    ...(nextCheckAt !== undefined && { nextCheckAt }),
    version: read.number('version'),
  };
}

function creationAnswerOf(read: ItemReader): CreationAnswer {
  return {
    status: read.number('status'),
    contentType: read.string('contentType'),
    body: read.string('body'),
  };
}

function stateTransitionOf(read: ItemReader): StateTransition {
  return { state: read.string('state'), at: read.string('at') };
}

import type { Organisation } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { type ItemKey, keys } from './keys.js';
import type { Expression } from './write-operations.js';

/** The stored form of a live organisation (`status` becomes `deleted` when it is deleted). */
export function organisationItem(organisation: Organisation): ItemKey & StoredItem {
  return {
    ...keys.organisation(organisation.id),
    entity: 'Organisation',
    status: 'active',
    ...organisation,
  };
}

/** The organisation an item stores, or `undefined` for a deleted one's tombstone. */
export function organisationOf(item: StoredItem | undefined): Organisation | undefined {
  if (item?.status !== 'active') return undefined;
  return {
    id: item.id as string,
    name: item.name as string,
    kind: item.kind as Organisation['kind'],
    ownerUserId: item.ownerUserId as string,
    createdAt: item.createdAt as string,
    version: item.version as number,
  };
}

/** The condition that the organisation is live and still at the version read. */
export function organisationUnchanged(organisation: Organisation): Expression {
  return {
    expression: 'attribute_exists(PK) AND #status = :active AND #version = :readVersion',
    names: { '#status': 'status', '#version': 'version' },
    values: { ':active': 'active', ':readVersion': organisation.version },
  };
}

/** The condition that the organisation is live. */
export const organisationIsActive: Expression = {
  expression: 'attribute_exists(PK) AND #status = :active',
  names: { '#status': 'status' },
  values: { ':active': 'active' },
};

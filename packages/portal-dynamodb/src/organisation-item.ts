import type { Organisation, OrganisationKind } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';
import type { Expression } from './write-operations.js';

const ORGANISATION_KINDS: readonly OrganisationKind[] = ['test', 'regular'];

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
  const read = new ItemReader(item, 'Organisation');
  return {
    id: read.string('id'),
    name: read.string('name'),
    kind: read.oneOf('kind', ORGANISATION_KINDS),
    ownerUserId: read.string('ownerUserId'),
    createdAt: read.string('createdAt'),
    version: read.number('version'),
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

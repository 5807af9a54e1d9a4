import type { Application, KeyedSecretHash, StoredClientSecret } from '@devportal/portal-domain';
import type { StoredItem } from './document-store.js';
import { ItemReader } from './item-reader.js';
import { type ItemKey, keys } from './keys.js';

/**
 * The stored form of an application: `ORG#<orgId> / APP#<appId>`, found by Client ID through
 * GSI1, its secrets a map by secret id.
 */
export function applicationItem(application: Application): ItemKey & StoredItem {
  const { secrets, ...rest } = application;
  return {
    ...keys.application(application.organisationId, application.id),
    ...keys.applicationLookup(application.clientId),
    entity: 'Application',
    // Organisation deletion follows this to remove subscriptions and quota windows.
    cascadePartitions: [keys.appPartition(application.id)],
    ...rest,
    secrets: Object.fromEntries(secrets.map((secret) => [secret.id, secret])),
  };
}

/** The application an item stores, its secrets newest first. */
export function applicationOf(item: StoredItem): Application {
  const read = new ItemReader(item, 'Application');
  const description = read.optionalString('description');
  const updatedAt = read.optionalString('updatedAt');
  const secrets = read
    .mapOf('secrets', storedClientSecretOf)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    id: read.string('id'),
    organisationId: read.string('organisationId'),
    name: read.string('name'),
    ...(description !== undefined && { description }),
    clientId: read.string('clientId'),
    createdAt: read.string('createdAt'),
    ...(updatedAt !== undefined && { updatedAt }),
    secrets,
    version: read.number('version'),
  };
}

/** One Client Secret of the `secrets` map. */
function storedClientSecretOf(read: ItemReader): StoredClientSecret {
  const lastUsedAt = read.optionalString('lastUsedAt');
  const expiresAt = read.optionalString('expiresAt');
  return {
    id: read.string('id'),
    hash: keyedSecretHashOf(read.nested('hash')),
    createdAt: read.string('createdAt'),
    ...(lastUsedAt !== undefined && { lastUsedAt }),
    ...(expiresAt !== undefined && { expiresAt }),
  };
}

function keyedSecretHashOf(read: ItemReader): KeyedSecretHash {
  return {
    algorithm: read.oneOf('algorithm', ['hmac-sha256'] as const),
    keyId: read.string('keyId'),
    hash: read.string('hash'),
  };
}

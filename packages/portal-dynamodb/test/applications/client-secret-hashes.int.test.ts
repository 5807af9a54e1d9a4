import {
  ApplicationService,
  ClientCredentialsVerifier,
  ClientSecretHasher,
  fixedPeppers,
  type KeyedSecretHash,
  newPepperSecret,
  PeppersFromSecret,
  pepperSetFromSecret,
} from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { serviceDependencies, type TestOrganisation, useApiWorld } from '../support/api-world.js';

const world = useApiWorld('client-secret-hashes');
const oldPepper = newPepperSecret();
const newPepper = newPepperSecret();
/** The pepper set after a rotation: the new key current, the old one kept. */
const rotated = JSON.stringify({
  current: { id: 'pepper-2', key: newPepper },
  previous: [{ id: 'pepper-1', key: oldPepper }],
});
let org: TestOrganisation;

beforeAll(async () => {
  org = await world.organisation();
});

/** An application created by a portal API keyed with `pepperSecret`; its secret and Client ID. */
async function applicationKeyedWith(pepperSecret: string) {
  const applications = new ApplicationService({
    ...serviceDependencies(world),
    hasher: ClientSecretHasher.keyedBy(pepperSecret),
  });
  const created = await applications.create(
    org.members.Developer,
    await world.scope(org.members.Developer, org.id, 'application.manage'),
    { name: 'Keyed' },
  );
  world.witness.remember('secret of Keyed', created.clientSecret);
  return created;
}

async function storedHash(organisationId: string, applicationId: string): Promise<KeyedSecretHash> {
  const application = await world.repositories.applications.get(organisationId, applicationId);
  return application?.secrets[0]?.hash as KeyedSecretHash;
}

describe('Client Secret hashes', () => {
  it('are HMAC-SHA-256 under a named pepper, matching only the right secret', async () => {
    // Prepare
    const hasher = ClientSecretHasher.keyedBy(oldPepper);
    const secret = hasher.newSecret();

    // Act
    const hash = await hasher.hash(secret);

    // Assess
    expect(hash).toEqual({
      algorithm: 'hmac-sha256',
      keyId: pepperSetFromSecret(oldPepper).current.id,
      hash: expect.stringMatching(/^[\w-]{43}$/),
    });
    expect(await hasher.matches(secret, hash)).toEqual({ matched: true, outdated: false });
    expect(await hasher.matches(`${secret}x`, hash)).toEqual({ matched: false, outdated: false });
    expect(await ClientSecretHasher.keyedBy(newPepper).matches(secret, hash)).toMatchObject({
      matched: false,
    });
  });

  it('refuses a pepper too short to be a secret, without quoting it', () => {
    expect(() => pepperSetFromSecret('short-pepper')).toThrow(/at least 32 bytes/);
    expect(() => pepperSetFromSecret('short-pepper')).not.toThrow(/short-pepper/);
  });

  it('read the pepper set again once when a hash names a pepper not yet seen', async () => {
    // Prepare: this process still serves the set from before the rotation (within its TTL).
    const held = JSON.stringify({ current: { id: 'pepper-1', key: oldPepper } });
    const reads: string[] = [];
    const peppers = new PeppersFromSecret(
      {
        read: async () => held,
        reread: async () => {
          reads.push('reread');
          return rotated;
        },
      },
      Date.now,
    );
    const hasher = new ClientSecretHasher(peppers);
    const secret = hasher.newSecret();
    const hashedElsewhere = await ClientSecretHasher.keyedBy(newPepper).hash(secret);
    const namedNew = { ...hashedElsewhere, keyId: 'pepper-2' };

    // Act
    const match = await hasher.matches(secret, namedNew);

    // Assess
    expect(match).toEqual({ matched: true, outdated: false });
    expect(reads).toEqual(['reread']);
  });
});

describe('checking client credentials', () => {
  it('accepts a secret keyed with the previous pepper and re-keys it with the current one', async () => {
    // Prepare
    const created = await applicationKeyedWith(
      JSON.stringify({ current: { id: 'pepper-1', key: oldPepper } }),
    );
    const hasher = new ClientSecretHasher(fixedPeppers(pepperSetFromSecret(rotated)));
    const verifier = new ClientCredentialsVerifier({ ...serviceDependencies(world), hasher });

    // Act
    const verified = await verifier.verify(created.application.clientId, created.clientSecret);
    const again = await verifier.verify(created.application.clientId, created.clientSecret);

    // Assess
    expect(verified.ok).toBe(true);
    expect(again.ok).toBe(true);
    expect(await storedHash(org.id, created.application.id)).toMatchObject({
      algorithm: 'hmac-sha256',
      keyId: 'pepper-2',
    });
  });

  it('refuses an unknown Client ID', async () => {
    const verifier = new ClientCredentialsVerifier(serviceDependencies(world));
    expect(await verifier.verify('no-such-client', 'dps_whatever')).toEqual({
      ok: false,
      reason: 'invalid_client',
    });
  });
});

import { ApplicationService, ClientCredentialsVerifier } from '@devportal/portal-domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../src/index.js';
import { serviceDependencies, useApiWorld } from '../support/api-world.js';

const world = useApiWorld('live-application');
let applications: ApplicationService;

beforeAll(() => {
  applications = new ApplicationService(serviceDependencies(world));
});

describe('ApplicationRepository.getLive: what a gateway checks a token against', () => {
  it('finds an application of a live organisation with its secrets', async () => {
    const org = await world.organisation();
    const created = await applications.create(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      { name: 'Live' },
    );
    world.witness.remember('secret of Live', created.clientSecret);

    const live = await world.repositories.applications.getLive(org.id, created.application.id);

    expect(live?.secrets.map(({ id }) => id)).toEqual(
      created.application.secrets.map(({ id }) => id),
    );
  });

  it('finds nothing once the application is deleted', async () => {
    const org = await world.organisation();
    const created = await applications.create(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      { name: 'Gone' },
    );
    world.witness.remember('secret of Gone', created.clientSecret);

    await applications.delete(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      created.application.id,
    );

    expect(
      await world.repositories.applications.getLive(org.id, created.application.id),
    ).toBeUndefined();
  });

  it('finds nothing once the organisation is deleted, its purge not yet run', async () => {
    const org = await world.organisation();
    const created = await applications.create(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      { name: 'Orphan' },
    );
    world.witness.remember('secret of Orphan', created.clientSecret);

    // The tombstone commits first; the purge of the organisation's items follows and may be cut off.
    await world.store.update(keys.organisation(org.id), {
      expression: 'SET #status = :deleted',
      names: { '#status': 'status' },
      values: { ':deleted': 'deleted' },
    });

    expect(await world.repositories.applications.get(org.id, created.application.id)).toBeDefined();
    expect(
      await world.repositories.applications.getLive(org.id, created.application.id),
    ).toBeUndefined();
  });
});

describe('ClientCredentialsVerifier names the secret that matched', () => {
  it('answers the id of the secret the client presented', async () => {
    const org = await world.organisation();
    const created = await applications.create(
      org.members.Owner,
      await world.scope(org.members.Owner, org.id, 'application.manage'),
      { name: 'Named' },
    );
    world.witness.remember('secret of Named', created.clientSecret);
    const verifier = new ClientCredentialsVerifier(serviceDependencies(world));

    const verified = await verifier.verify(created.application.clientId, created.clientSecret);

    expect(verified.ok && verified.secretId).toBe(created.application.secrets[0]?.id);
  });
});

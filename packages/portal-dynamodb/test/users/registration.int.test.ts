import { ConflictError, NotFoundError, TEST_ORGANISATION_NAMES } from '@devportal/portal-domain';
import { describe, expect, it } from 'vitest';
import { usePortal } from '../support/portal-fixture.js';

const portal = usePortal('registration');

describe('registration', () => {
  it('creates a test organisation with the new user as its only member, the Owner', async () => {
    const actor = portal.person();

    const { profile, testOrganisation } = await portal.registration.register(actor);

    expect(testOrganisation).toMatchObject({ name: TEST_ORGANISATION_NAMES.ru, kind: 'test' });
    expect(profile.testOrganisationId).toBe(testOrganisation.id);
    await expect(portal.registration.profile(actor)).resolves.toEqual({
      ...profile,
      name: actor.name,
    });
    await expect(
      portal.dependencies.members.get(testOrganisation.id, actor.userId),
    ).resolves.toMatchObject({ name: actor.name, role: 'Owner' });
    await expect(portal.rolesIn(testOrganisation.id)).resolves.toEqual({ [actor.userId]: 'Owner' });
    await expect(portal.organisations.listMine(actor)).resolves.toEqual({
      items: [{ organisation: testOrganisation, role: 'Owner' }],
    });
  });

  it('refuses a second registration of the same user', async () => {
    const { actor } = await portal.registered();

    await expect(portal.registration.register(actor)).rejects.toMatchObject({
      constructor: ConflictError,
      code: 'user_already_registered',
    });
    await expect(portal.organisations.listMine(actor)).resolves.toMatchObject({
      items: [expect.anything()],
    });
  });

  it('stores no name for a person whose token carries none, or a blank one', async () => {
    const { name: _none, ...nameless } = portal.person();

    const { profile, testOrganisation } = await portal.registration.register({
      ...nameless,
      name: '   ',
    });

    expect(profile).not.toHaveProperty('name');
    const owner = await portal.dependencies.members.get(testOrganisation.id, nameless.userId);
    expect(owner).not.toHaveProperty('name');
  });

  it('answers NotFound for the profile of someone not registered', async () => {
    await expect(portal.registration.profile(portal.person())).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

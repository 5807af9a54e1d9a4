import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalNotFoundError, PortalValidationError } from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import { FakePortal, personToken } from '../support/fake-portal.js';

const portal = new FakePortal();
beforeAll(() => portal.listen());
afterAll(() => portal.close());

describe('organisations against a portal that answers per the spec', () => {
  it('creates, reads, renames and deletes an organisation', async () => {
    // Prepare
    portal.seed(0);
    const client = clientOf(portal.origin);

    // Act
    const created = await client.organizations.create({ name: 'Acme' });
    const renamed = await client.organizations.rename(created.id, { name: 'Acme Ltd' });
    const read = await client.organizations.get(created.id);
    await client.organizations.delete(created.id);
    const gone = await client.organizations.get(created.id).catch((error: unknown) => error);

    // Assess
    expect(created).toMatchObject({ name: 'Acme', role: 'Owner' });
    expect([renamed.name, read.name]).toEqual(['Acme Ltd', 'Acme Ltd']);
    expect(gone).toBeInstanceOf(PortalNotFoundError);
    expect(portal.requests.map((request) => request.headers.authorization)).toEqual(
      Array(5).fill(`Bearer ${personToken}`),
    );
  });

  it('sends JSON bodies with their content type', async () => {
    // Prepare
    portal.seed(0);
    const client = clientOf(portal.origin);

    // Act
    await client.organizations.create({ name: 'Globex' });

    // Assess
    expect(portal.requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/organizations',
      body: '{"name":"Globex"}',
      headers: { 'content-type': 'application/json' },
    });
  });

  it('a refused name is a validation error naming the field', async () => {
    // Prepare
    const client = clientOf(portal.origin);

    // Act
    const failure = await client.organizations
      .create({ name: ' padded ' })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalValidationError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'validation_failed',
      requestId: 'req-400',
      errors: [{ field: 'body.name', message: 'must be a name without outer spaces' }],
      operationId: 'createOrganization',
    });
  });
});

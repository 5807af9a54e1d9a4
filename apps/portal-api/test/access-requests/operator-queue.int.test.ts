import { describe, expect, it } from 'vitest';
import { orgPath } from '../roles/role-matrix-cells.js';
import { type PortalApiWorld, usePortalApi } from '../support/portal-api-world.js';

const world: PortalApiWorld = usePortalApi('portal-api-operator-queue');

/** The pending requests of the operator's queue, every page. */
async function pendingQueue(operator: Parameters<PortalApiWorld['call']>[0]) {
  const answer = await world.call(
    operator,
    'GET',
    '/v1/operator/access-requests?status=pending&limit=100',
  );
  expect(answer.status).toBe(200);
  return answer.body.items;
}

describe("the bank operator's queue", () => {
  it('names the organisation (as it is now) and the member who submitted', async () => {
    // Prepare
    const organisation = await world.organisation();
    const { Owner, Administrator } = organisation.members;
    const operator = await world.identity.person('operator', { groups: ['operators'] });
    const submitted = await world.call(
      Administrator,
      'POST',
      orgPath(organisation.id, '/access-requests'),
      {
        body: {
          productId: 'business-cards',
          contactName: 'Anna Smirnova',
          contactEmail: 'anna@partner.test',
          purpose: 'Set limits of the company cards from our ERP',
        },
      },
    );
    await world.call(Owner, 'PATCH', orgPath(organisation.id, ''), {
      body: { name: 'Romashka Fleet LLC' },
    });

    // Act
    const queue = await pendingQueue(operator);

    // Assess
    expect(queue.find((item: { id: string }) => item.id === submitted.body.id)).toMatchObject({
      organizationId: organisation.id,
      organizationName: 'Romashka Fleet LLC',
      submittedBy: Administrator.userId,
      submittedByEmail: Administrator.email,
      submittedByName: `Name of ${Administrator.userId}`,
    });
  });

  it('stays closed to members who are not operators, Owners included', async () => {
    const { Owner } = (await world.organisation()).members;

    const answer = await world.call(Owner, 'GET', '/v1/operator/access-requests?status=pending');

    expect(answer).toMatchObject({ status: 403, body: { code: 'operator_only' } });
    expect(JSON.stringify(answer.body)).not.toContain('organizationName');
  });

  it("shows an organisation its own requests only, without other organisations' names", async () => {
    const first = await world.organisation();
    const second = await world.organisation();
    await world.call(first.members.Owner, 'POST', orgPath(first.id, '/access-requests'), {
      body: {
        productId: 'business-cards',
        contactName: 'Irina Petrova',
        contactEmail: 'irina@partner.test',
        purpose: 'Production limits for our fleet cards',
      },
    });

    const seen = await world.call(
      second.members.Owner,
      'GET',
      orgPath(second.id, '/access-requests'),
    );
    const foreign = await world.call(
      second.members.Owner,
      'GET',
      orgPath(first.id, '/access-requests'),
    );

    expect(seen.body.items).toEqual([]);
    expect(foreign.status).toBe(404);
  });
});

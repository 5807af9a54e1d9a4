import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';
import { firstActiveCard } from '../support/sandbox-cards.js';

const world = useGatewayWorld('gateway-limit-replays');

const LIMITS = '/v1/business-cards/limits';

/** A new organisation's gateway token, and a create for a fresh externalId of `limit`. */
async function newCaller(limit: number) {
  const token = await world.token(await world.application('roomy'));
  const request = {
    businessCardId: firstActiveCard(world.sandbox),
    code: 'NON_RENEW',
    externalId: randomUUID(),
    limit,
  };
  return { token, request };
}

describe('replays of a limit change', () => {
  it('takes an externalId in another case for the same request: one record, one bank create', async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);
    const externalId = randomUUID();
    const request = {
      businessCardId: firstActiveCard(world.sandbox),
      code: 'NON_RENEW',
      limit: 700,
    };
    const before = world.sandbox.requestCount('createLimitChange');

    // Act
    const upper = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: { ...request, externalId: externalId.toUpperCase() },
    });
    const lower = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: { ...request, externalId },
    });
    const records = await world.services.repositories.limitChanges.list(app.organisationId, {});

    // Assess
    expect([upper.status, lower.status]).toEqual([201, 201]);
    expect(lower.body).toEqual(upper.body);
    expect(world.sandbox.requestCount('createLimitChange')).toBe(before + 1);
    expect(records.items.map((record) => record.externalId)).toEqual([externalId]);
  });

  it('refuses a replay with another card, code or limit with the bank VALIDATION_FAULT, without reaching the bank', async () => {
    // Prepare
    const { token, request } = await newCaller(900);
    const created = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: request,
    });
    const before = world.sandbox.requestCount('createLimitChange');

    // Act
    const otherLimit = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: { ...request, limit: 901 },
    });
    const otherCardAndCode = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: { ...request, businessCardId: randomUUID(), code: 'DAILY' },
    });
    const same = await contractFetch(world.apiUrl, LIMITS, {
      method: 'POST',
      token,
      body: request,
    });

    // Assess
    expect(created.status).toBe(201);
    expect(otherLimit).toMatchObject({
      status: 400,
      body: { cause: 'VALIDATION_FAULT', fieldNames: ['limit'] },
    });
    expect(otherCardAndCode).toMatchObject({
      status: 400,
      body: { cause: 'VALIDATION_FAULT', fieldNames: ['businessCardId', 'code'] },
    });
    expect(same.body).toEqual(created.body);
    expect(world.sandbox.requestCount('createLimitChange')).toBe(before);
  });

  it('refuses the second of two concurrent posts of one externalId with other values, one bank create', async () => {
    // Prepare
    const { token, request } = await newCaller(1100);
    const before = world.sandbox.requestCount('createLimitChange');

    // Act
    const answers = await Promise.all([
      contractFetch(world.apiUrl, LIMITS, { method: 'POST', token, body: request }),
      contractFetch(world.apiUrl, LIMITS, {
        method: 'POST',
        token,
        body: { ...request, limit: 1200 },
      }),
    ]);

    // Assess
    // Whichever arrived first was created; the other is refused.
    const refused = answers.find((answer) => answer.status === 400);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400]);
    expect(refused?.body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['limit'] });
    expect(world.sandbox.requestCount('createLimitChange')).toBe(before + 1);
  });
});

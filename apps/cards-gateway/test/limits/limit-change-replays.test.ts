import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';
import { firstActiveCard } from '../support/sandbox-cards.js';

const world = useGatewayWorld('gateway-limit-replays');

const LIMITS = '/v1/business-cards/limits';

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
    const records = await world.services.api.limitChanges.list(app.organisationId, {});

    // Assess
    expect([upper.status, lower.status]).toEqual([201, 201]);
    expect(lower.body).toEqual(upper.body);
    expect(world.sandbox.requestCount('createLimitChange')).toBe(before + 1);
    expect(records.items.map((record) => record.externalId)).toEqual([externalId]);
  });
});

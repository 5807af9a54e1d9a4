import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';
import { firstActiveCard } from '../support/sandbox-cards.js';

const world = useGatewayWorld('gateway-limit-isolation');

describe('limit-change states on the sandbox, where every organisation is the demo one', () => {
  it("answers another organisation's externalId with the bank 404 NOT_FOUND: its sandbox tenant has no such document", async () => {
    // Prepare
    const tokenA = await world.token(await world.application('roomy'));
    const tokenB = await world.token(await world.application('roomy'));
    const externalId = randomUUID();
    const created = await contractFetch(world.apiUrl, '/v1/business-cards/limits', {
      method: 'POST',
      token: tokenB,
      body: {
        businessCardId: firstActiveCard(world.sandbox),
        code: 'NON_RENEW',
        externalId,
        limit: 3100,
      },
    });
    const state = (id: string) => `/v1/business-cards/limits/${id}/state`;
    const before = world.sandbox.requestCount('getLimitChangeState');

    // Act
    const readByA = await contractFetch(world.apiUrl, state(externalId), { token: tokenA });
    const unknownToA = await contractFetch(world.apiUrl, state(randomUUID()), { token: tokenA });
    const sandboxReads = world.sandbox.requestCount('getLimitChangeState') - before;
    const readByB = await contractFetch(world.apiUrl, state(externalId), { token: tokenB });
    const readByBInCapitals = await contractFetch(world.apiUrl, state(externalId.toUpperCase()), {
      token: tokenB,
    });

    // Assess
    expect(created.status).toBe(201);
    expect(readByA).toMatchObject({ status: 404, body: { cause: 'NOT_FOUND' } });
    expect(unknownToA).toMatchObject({ status: 404, body: { cause: 'NOT_FOUND' } });
    expect(sandboxReads).toBe(2);
    expect(readByB).toMatchObject({ status: 200, body: { bankStatus: 'CREATED' } });
    expect(readByBInCapitals.status).toBe(200);
  });
});

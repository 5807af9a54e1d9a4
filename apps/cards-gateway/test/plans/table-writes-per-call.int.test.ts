import { randomUUID } from 'node:crypto';
import { DynamoDbCommandCounter } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('table-writes-per-call');
let counter: DynamoDbCommandCounter;

beforeAll(() => {
  counter = DynamoDbCommandCounter.attachedTo(world.dynamoDb);
});

/**
 * What a bank call costs DynamoDB, which the README prices per million calls: the plan meter's
 * one conditional write, the call's minute analytics counter and its call-log entry, and no read.
 */
describe('the DynamoDB commands of a gateway call', () => {
  it('sends three UpdateItems and no read for an admitted call of a warm gateway', async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);
    await contractFetch(world.apiUrl, '/v1/crypto', { token });
    counter.reset();

    // Act
    const answer = await contractFetch(world.apiUrl, '/v1/crypto', { token });

    // Assess
    expect(answer.status).toBe(200);
    expect(counter.snapshot()).toEqual({ UpdateItemCommand: 3 });
  });

  it('reads no limit-change record for a state read on the sandbox, whose tenants keep documents apart', async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);
    await contractFetch(world.apiUrl, '/v1/crypto', { token });
    counter.reset();

    // Act
    const answer = await contractFetch(
      world.apiUrl,
      `/v1/business-cards/limits/${randomUUID()}/state`,
      { token },
    );

    // Assess
    expect(answer).toMatchObject({ status: 404, body: { cause: 'NOT_FOUND' } });
    // The credentials' own read (BatchGetItem) may come due on a loaded machine: not this check's.
    const { BatchGetItemCommand: _, ...commands } = counter.snapshot();
    expect(commands).toEqual({ UpdateItemCommand: 3 });
  });

  it('refuses a spent quota without writing the meter: only the analytics minute and the call log', async () => {
    // Prepare
    const app = await world.application('tiny');
    const token = await world.token(app);
    for (let call = 0; call < 3; call++) await contractFetch(world.apiUrl, '/v1/crypto', { token });
    counter.reset();

    // Act
    const answer = await contractFetch(world.apiUrl, '/v1/crypto', { token });

    // Assess
    expect(answer.status).toBe(429);
    expect(counter.snapshot()).toEqual({ UpdateItemCommand: 2 });
  });
});

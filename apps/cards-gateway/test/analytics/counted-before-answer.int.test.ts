import { dynamoRepositories } from '@devportal/portal-dynamodb';
import { dynamoDbLocalClient } from '@devportal/test-support';
import { describe, expect, it } from 'vitest';
import { contractFetch, DEFAULT_BASE_PATH } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('counted-before-answer');

function minuteNow(offsetMs = 0): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

describe('analytics written before the answer', () => {
  it('has every answered call in the counters when its answer arrives, on whichever gateway answered', async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);
    const other = `${await world.anotherGateway()}${DEFAULT_BASE_PATH}`;
    const from = minuteNow();

    // Act: no flush, no close; the gateways stay up as a frozen environment would.
    for (const apiUrl of [world.apiUrl, other, world.apiUrl]) {
      await contractFetch(apiUrl, '/v1/crypto', { token });
    }
    const buckets = await world.services.repositories.usage.query(
      app.organisationId,
      app.applicationId,
      'minute',
      from,
      minuteNow(60_000),
    );

    // Assess
    expect(buckets.reduce((sum, bucket) => sum + bucket.calls, 0)).toBe(3);
  });

  it('answers as usual when the analytics write fails, reporting the fault', async () => {
    // Prepare: a gateway whose DynamoDB refuses the usage counters' writes, and only those.
    const failing = dynamoDbLocalClient();
    failing.middlewareStack.add(
      (next) => (args) => {
        const key = (args.input as { Key?: { SK?: unknown } }).Key?.SK;
        if (typeof key === 'string' && key.startsWith('USAGE#')) {
          return Promise.reject(new Error('ProvisionedThroughputExceededException'));
        }
        return next(args);
      },
      { step: 'initialize', name: 'failUsageWrites' },
    );
    const faults: string[] = [];
    const origin = await world.anotherGateway({
      repositories: dynamoRepositories({ client: failing, tableName: world.tableName }),
      onFault: (what) => faults.push(what),
    });
    const app = await world.application('roomy');
    const token = await world.token(app);

    // Act
    const answer = await contractFetch(`${origin}${DEFAULT_BASE_PATH}`, '/v1/crypto', { token });

    // Assess
    expect(answer.status).toBe(200);
    expect(faults).toEqual(['analytics write']);
  });

  it('has the call in its application’s log when its answer arrives, with the request id it answered', async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);

    // Act
    const answer = await contractFetch(world.apiUrl, '/v1/crypto', { token });
    const [logged] = await world.services.repositories.callLog.recent(app.applicationId, 5);

    // Assess
    expect(logged).toMatchObject({
      operation: 'getCryptoInfo',
      status: answer.status,
      requestId: answer.headers.get('x-request-id'),
    });
    expect(logged?.latencyMs).toBeGreaterThan(0);
  });
});

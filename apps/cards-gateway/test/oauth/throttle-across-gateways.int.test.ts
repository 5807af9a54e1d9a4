import { randomUUID } from 'node:crypto';
import { DynamoDbCommandCounter } from '@devportal/test-support';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useGatewayWorld } from '../support/gateway-world.js';

// Each test starts a second into a minute of its own, so its attempts fall in fresh windows.
let nowMs = Date.now() - (Date.now() % 60_000) + 1_000;
const world = useGatewayWorld('throttle-across-gateways', (deps) => ({
  ...deps,
  clock: { now: () => new Date(nowMs) },
}));
/** Two gateways sharing the table. */
let origins: string[];
let counter: DynamoDbCommandCounter;

beforeAll(async () => {
  origins = [world.server.url, await world.anotherGateway()];
  counter = DynamoDbCommandCounter.attachedTo(world.dynamoDb);
});

beforeEach(() => {
  nowMs += 60_000;
});

const statusesOf = (answers: readonly Response[]) => answers.map((answer) => answer.status).sort();

describe('the token endpoint throttle, shared by gateways', () => {
  it('answers five of ten simultaneous wrong secrets over two gateways, and the right one still works', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) =>
        world.requestToken(app.clientId, 'wrong-secret', origins[attempt % 2]),
      ),
    );
    const rightSecret = await Promise.all(
      origins.map((origin) => world.requestToken(app.clientId, app.clientSecret, origin)),
    );

    // Assess
    expect(statusesOf(attempts)).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    const slowedDown = attempts.filter((answer) => answer.status === 429);
    expect(slowedDown.map((answer) => answer.headers.get('retry-after'))).toEqual(
      slowedDown.map(() => '59'),
    );
    expect(statusesOf(rightSecret)).toEqual([200, 200]);
  });

  it('does not count successes: token requests of one application one after another all succeed', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const statuses: number[] = [];
    for (let request = 0; request < 8; request++) {
      const answer = await world.requestToken(app.clientId, app.clientSecret, origins[request % 2]);
      statuses.push(answer.status);
    }

    // Assess
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it('serves a dozen simultaneous right secrets from one address', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, request) =>
        world.requestToken(app.clientId, app.clientSecret, origins[request % 2]),
      ),
    );

    // Assess
    expect(statusesOf(answers)).toEqual(Array(12).fill(200));
  });

  it('checks twenty made-up Client IDs from one address a minute, then refuses it, soon without a table call', async () => {
    // Act: made-up Client IDs, each fresh, so no Client ID's count ever stops them.
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        world.requestToken(randomUUID(), 'junk', origins[attempt % 2]),
      ),
    );
    const afterwards = await world.requestToken(randomUUID(), 'junk');
    counter.reset();
    const remembered = await world.requestToken(randomUUID(), 'junk');

    // Assess
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(20);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(10);
    expect(afterwards.status).toBe(429);
    expect(await afterwards.json()).toMatchObject({ error: 'slow_down' });
    expect(afterwards.headers.get('retry-after')).toBe('59');
    // A gateway told its address is refused for the minute answers it without the table.
    expect(remembered.status).toBe(429);
    expect(counter.snapshot()).toEqual({});
  });

  it('on a long-lived server, holds its answer to a refused address for the hold, not longer', async () => {
    // Prepare: a gateway that holds refusals, and this address refused for the minute there.
    const holdMs = 1_500;
    const holding = await world.anotherGateway({ tokenRefusalHoldMs: holdMs });
    const exhausting = await Promise.all(
      Array.from({ length: 21 }, () => world.requestToken(randomUUID(), 'junk', holding)),
    );

    // Act: one refusal from each gateway.
    const heldSince = performance.now();
    const held = await world.requestToken(randomUUID(), 'junk', holding);
    const heldMs = performance.now() - heldSince;
    const unheldSince = performance.now();
    const unheld = await world.requestToken(randomUUID(), 'junk', world.server.url);
    const unheldMs = performance.now() - unheldSince;

    // Assess: the same refusal, sent after the hold by the holding gateway only.
    expect(exhausting.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
    expect([held.status, unheld.status]).toEqual([429, 429]);
    expect(await held.json()).toMatchObject({ error: 'slow_down' });
    expect(heldMs).toBeGreaterThanOrEqual(holdMs - 5);
    expect(unheldMs).toBeLessThan(holdMs);
  });
});

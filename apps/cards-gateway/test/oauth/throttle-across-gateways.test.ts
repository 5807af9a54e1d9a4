import { beforeAll, describe, expect, it } from 'vitest';
import { useGatewayWorld } from '../support/gateway-world.js';

// Frozen at the start of a minute, so every attempt of a test falls in one throttle window.
const minuteStart = Date.now() - (Date.now() % 60_000);
const world = useGatewayWorld('throttle-across-gateways', (deps) => ({
  ...deps,
  clock: { now: () => new Date(minuteStart + 1_000) },
}));
/** Two gateways sharing the table. */
let origins: string[];

beforeAll(async () => {
  origins = [world.server.url, await world.anotherGateway()];
});

describe('the failed-attempt throttle of the token endpoint, shared by gateways', () => {
  it('lets ten simultaneous wrong secrets over two gateways check only five, then refuses even the right one', async () => {
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
    expect(attempts.map((answer) => answer.status).sort()).toEqual([
      401, 401, 401, 401, 401, 429, 429, 429, 429, 429,
    ]);
    expect(rightSecret.map((answer) => answer.status)).toEqual([429, 429]);
    expect(rightSecret[0]?.headers.get('retry-after')).toBe('59');
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

  it('asks simultaneous right secrets beyond the slots to come back in a second, not in a minute', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, request) =>
        world.requestToken(app.clientId, app.clientSecret, origins[request % 2]),
      ),
    );

    // Assess
    const waits = answers.filter((answer) => answer.status === 429);
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(5);
    expect(waits.map((answer) => answer.headers.get('retry-after'))).toEqual(waits.map(() => '1'));
  });
});

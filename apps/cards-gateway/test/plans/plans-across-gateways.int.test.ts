import { beforeAll, describe, expect, it } from 'vitest';
import { contractFetch, DEFAULT_BASE_PATH } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('plans-across-gateways');
/** The bank API's base URL on three gateways sharing the table: three Lambda environments. */
let apiUrls: string[];

beforeAll(async () => {
  const others = [await world.anotherGateway(), await world.anotherGateway()];
  apiUrls = [world.apiUrl, ...others.map((origin) => `${origin}${DEFAULT_BASE_PATH}`)];
  // Warm environments: each has read the catalog and the sandbox token, so the calls under test
  // reach the meter together rather than spread over a cold start (see the README's limits).
  const warmUp = await world.token(await world.application('roomy'));
  for (const apiUrl of apiUrls) await contractFetch(apiUrl, '/v1/crypto', { token: warmUp });
});

/** `calls` concurrent `getCryptoInfo` calls with `token`, spread round-robin over the gateways. */
function spread(calls: number, token: string) {
  return Promise.all(
    Array.from({ length: calls }, (_, call) =>
      contractFetch(apiUrls[call % apiUrls.length] ?? '', '/v1/crypto', { token }),
    ),
  );
}

function secondsToMidnightUtc(): number {
  const now = new Date();
  return (
    (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000
  );
}

describe('a plan across gateways', () => {
  it('admits exactly the day quota to concurrent calls over three gateways, refuses the rest until midnight, and warns once per threshold', async () => {
    // Prepare
    const app = await world.application('twenty');
    const token = await world.token(app);

    // Act
    // Three waves of 12, the quota running out inside the second, all against one meter item.
    const before = secondsToMidnightUtc();
    const answers = [];
    for (let wave = 0; wave < 3; wave++) answers.push(...(await spread(12, token)));
    const after = secondsToMidnightUtc();

    // Assess
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(20);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(16);
    for (const answer of refused) {
      const retryAfter = Number(answer.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(Math.floor(after));
      expect(retryAfter).toBeLessThanOrEqual(Math.ceil(before));
      expect(answer.headers.get('ratelimit-limit')).toBe('20');
    }
    const warnings = world.quotaWarnings.filter((w) => w.applicationId === app.applicationId);
    expect(warnings.map(({ thresholdPercent, used }) => [thresholdPercent, used]).sort()).toEqual([
      [100, 20],
      [80, 16],
      [90, 18],
    ]);
  });

  it('holds the rate across gateways: of six simultaneous calls on a 2-a-second plan, one gets through', async () => {
    // Prepare
    const app = await world.application('slow');
    const token = await world.token(app);

    // Act
    const answers = await spread(6, token);

    // Assess
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 429, 429, 429, 429, 429]);
  });
});

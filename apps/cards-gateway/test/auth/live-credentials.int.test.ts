import { DynamoDbCommandCounter } from '@devportal/test-support';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GatewayClaims } from '../../src/auth/gateway-claims.js';
import { CREDENTIALS_FRESH_FOR_MS, LiveCredentials } from '../../src/auth/live-credentials.js';
import { contractFetch } from '../support/contract.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('live-credentials');
/** What the portal promises: a revocation stops live tokens within 5 seconds. */
const REVOCATION_TARGET_MS = 5_000;
let counter: DynamoDbCommandCounter;

beforeAll(() => {
  counter = DynamoDbCommandCounter.attachedTo(world.dynamoDb);
});

/** Calls `getCryptoInfo` on the gateway at `apiUrl` until it answers 401; the milliseconds it took. */
async function msUntilRefused(apiUrl: string, token: string, deadlineMs: number) {
  const startedAt = performance.now();
  while (performance.now() - startedAt < deadlineMs) {
    const answer = await contractFetch(apiUrl, '/v1/crypto', { token });
    if (answer.status === 401) return performance.now() - startedAt;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

describe("a gateway token's credentials, checked against the table", () => {
  it('are read once per application while fresh (one two-item BatchGetItem), then again', async () => {
    // Prepare: the gateway's check on the world's table, on a clock the test moves
    const app = await world.application('roomy');
    const stored = await world.services.repositories.applications.get(
      app.organisationId,
      app.applicationId,
    );
    const clock = { ms: Date.now() };
    const credentials = new LiveCredentials(
      world.services.repositories.applications,
      () => clock.ms,
    );
    const claims: GatewayClaims = {
      applicationId: app.applicationId,
      organisationId: app.organisationId,
      clientId: app.clientId,
      secretId: stored?.secrets[0]?.id ?? '',
      plans: [],
      expiresAtMs: clock.ms + 60_000,
    };
    counter.reset();

    // Act
    const whileFresh = [await credentials.stand(claims), await credentials.stand(claims)];
    const readsWhileFresh = counter.snapshot();
    await world.services.applications.delete(
      app.owner,
      await world.services.access.authorise(app.owner, app.organisationId, 'application.manage'),
      app.applicationId,
    );
    const deletedButCached = await credentials.stand(claims);
    clock.ms += CREDENTIALS_FRESH_FOR_MS;
    const deletedAndReadAgain = await credentials.stand(claims);

    // Assess
    expect(whileFresh).toEqual([true, true]);
    expect(readsWhileFresh).toEqual({ BatchGetItemCommand: 1 });
    expect(deletedButCached).toBe(true);
    expect(deletedAndReadAgain).toBe(false);
  });

  it('stop a token within 5 s on every environment, one that had them cached too', async () => {
    // Prepare: two execution environments, both having served the token
    const app = await world.application('roomy');
    const token = await world.token(app);
    const other = `${await world.anotherGateway()}/cards/fintech/api`;
    for (const apiUrl of [world.apiUrl, other]) {
      expect((await contractFetch(apiUrl, '/v1/crypto', { token })).status).toBe(200);
    }

    // Act
    await world.services.applications.delete(
      app.owner,
      await world.services.access.authorise(app.owner, app.organisationId, 'application.manage'),
      app.applicationId,
    );
    const [here, there] = await Promise.all(
      [world.apiUrl, other].map((apiUrl) => msUntilRefused(apiUrl, token, REVOCATION_TARGET_MS)),
    );

    // Assess
    expect(here).toBeLessThanOrEqual(REVOCATION_TARGET_MS);
    expect(there).toBeLessThanOrEqual(REVOCATION_TARGET_MS);
  });

  it("keep an old secret's token through a re-issue overlap and stop it when the overlap ends", async () => {
    // Prepare
    const app = await world.application('roomy');
    const token = await world.token(app);
    expect((await contractFetch(world.apiUrl, '/v1/crypto', { token })).status).toBe(200);

    // Act
    const reissued = await world.services.applications.reissueSecret(
      app.owner,
      await world.services.access.authorise(
        app.owner,
        app.organisationId,
        'application.reissueSecret',
      ),
      app.applicationId,
      1,
    );
    const during = await contractFetch(world.apiUrl, '/v1/crypto', { token });
    const refusedAfter = await msUntilRefused(world.apiUrl, token, REVOCATION_TARGET_MS);
    const fresh = await world.token({ ...app, clientSecret: reissued.clientSecret });

    // Assess
    expect(during.status).toBe(200);
    expect(refusedAfter).toBeLessThanOrEqual(REVOCATION_TARGET_MS);
    expect((await contractFetch(world.apiUrl, '/v1/crypto', { token: fresh })).status).toBe(200);
  });
});

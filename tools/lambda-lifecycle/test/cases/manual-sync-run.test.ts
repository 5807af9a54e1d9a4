import { DEFAULT_SYNC_RUN_POLICY } from '@devportal/portal-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API_ENDPOINT,
  callThroughApiGateway,
  type GatewayCall,
  type HarnessApplication,
  type InvocationRecord,
  type LambdaFunction,
  type LifecycleWorld,
  PORTAL_API_ROUTES,
  type SignedInPerson,
} from '../../src/index.js';
import { bundles, startWorld } from '../support/world.js';

/**
 * Issue 12: "The manual trigger (`POST …/limit-changes/sync`) answers at once with a run id; the
 * run's report is readable afterwards; one run per organisation at a time, with a cooldown (429
 * with `Retry-After`)." The portal API starts the run by an asynchronous `Invoke` of the status
 * sync and is frozen at its answer, then reclaimed: the run must not depend on it any more.
 */
const DOCUMENTS = 5;
const CONCURRENT_REQUESTS = 5;
/** The portal API runs with infra's settings: no `SYNC_RUN_COOLDOWN_SECONDS`, the default. */
const COOLDOWN_S = DEFAULT_SYNC_RUN_POLICY.cooldownMs / 1000;

let world: LifecycleWorld;
let portalApi: LambdaFunction;
let sync: LambdaFunction;
let organisation: HarnessApplication;
let externalIds: string[];
let started: GatewayCall;
let startedBody: { runId: string; status: string; deadlineAt: string };
let liveAfterReclaim: readonly number[];
let syncRuns: InvocationRecord[];
let read: GatewayCall;
let concurrent: GatewayCall[];
let allSyncRuns: InvocationRecord[];

/** The organisation's Owner, signed in: the claims API Gateway's JWT authorizer passes on. */
function ownerOf(app: HarnessApplication): SignedInPerson {
  return { sub: app.owner.userId, email: app.owner.email };
}

function asPerson(fn: LambdaFunction, person: SignedInPerson, method: string, path: string) {
  const request = new Request(`${API_ENDPOINT}${path}`, { method });
  return callThroughApiGateway(fn, request, PORTAL_API_ROUTES, { person });
}

function syncPath(app: HarnessApplication): string {
  return `/v1/organizations/${app.organisationId}/limit-changes/sync`;
}

beforeAll(async () => {
  world = await startWorld();
  portalApi = world.portalApi({
    bundlePath: bundles().portalApi,
    reservedConcurrency: CONCURRENT_REQUESTS,
  });
  sync = world.statusSync({ bundlePath: bundles().statusSync, reservedConcurrency: 2 });
  organisation = await world.application(undefined);
  externalIds = await world.dueLimitChanges(DOCUMENTS, organisation.organisationId);

  started = await asPerson(portalApi, ownerOf(organisation), 'POST', syncPath(organisation));
  startedBody = (await started.response.json()) as typeof startedBody;
  // Frozen at its answer by the harness; now reclaimed without a word, as Lambda may.
  await portalApi.reclaimIdle();
  liveAfterReclaim = portalApi.liveEnvironments.map((environment) => environment.id);
  syncRuns = await world.lambda.queuedInvocations();
  read = await asPerson(
    portalApi,
    ownerOf(organisation),
    'GET',
    `/v1/organizations/${organisation.organisationId}/limit-changes/sync-runs/${startedBody.runId}`,
  );

  const busy = await world.application(undefined);
  concurrent = await Promise.all(
    Array.from({ length: CONCURRENT_REQUESTS }, () =>
      asPerson(portalApi, ownerOf(busy), 'POST', syncPath(busy)),
    ),
  );
  // Waited for: the one run started must end before the world closes under it.
  allSyncRuns = await world.lambda.queuedInvocations();
}, 60_000);

afterAll(async () => {
  await world?.close();
});

describe('a member’s manual sync run through the deployed portal API', () => {
  it('answers 202 with a running run and its location, having queued the status sync', () => {
    expect(started.response.status).toBe(202);
    expect(startedBody).toMatchObject({ runId: expect.any(String), status: 'running' });
    expect(started.response.headers.get('location')).toBe(
      `/v1/organizations/${organisation.organisationId}/limit-changes/sync-runs/${startedBody.runId}`,
    );
    expect(started.invocation.awsCalls['Lambda.Invoke']).toBe(1);
  });

  it('hands the status sync the run it recorded, the run’s deadline with it', () => {
    expect(world.lambda.queuedEvents()[0]).toMatchObject({
      organisationId: organisation.organisationId,
      runId: startedBody.runId,
      deadlineAt: startedBody.deadlineAt,
    });
  });

  it('runs in the status sync, the answering environment frozen at its answer and reclaimed', async () => {
    expect(liveAfterReclaim).not.toContain(started.invocation.environmentId);
    expect(syncRuns).toHaveLength(1);
    expect(sync.invocations[0]?.requestId).toBe(syncRuns[0]?.requestId);
    const [run] = syncRuns;
    expect(run?.outcome).toMatchObject({
      kind: 'response',
      payload: { checked: DOCUMENTS, failed: 0 },
    });
    expect(await world.checkedLimitChanges(organisation.organisationId, externalIds)).toEqual(
      Array(DOCUMENTS).fill(true),
    );
  });

  it('reads the run completed, with the status sync’s report, through another environment', async () => {
    expect(read.response.status).toBe(200);
    expect(read.invocation.environmentId).not.toBe(started.invocation.environmentId);
    const payload = syncRuns[0]?.outcome.kind === 'response' ? syncRuns[0].outcome.payload : {};
    const { checked, changed, failed, stillPending, waitingForSignature, durationMs } =
      payload as Record<string, number>;
    expect(await read.response.json()).toMatchObject({
      runId: startedBody.runId,
      status: 'completed',
      // Drafts the sandbox keeps awaiting a signature in the bank's UI.
      report: { checked, changed, failed, stillPending, waitingForSignature, durationMs },
    });
    expect(waitingForSignature).toBe(DOCUMENTS);
  });
});

describe('concurrent manual runs of one organisation', () => {
  it('starts one run and refuses the others with 429 and Retry-After, across environments', async () => {
    const environments = new Set(concurrent.map((call) => call.invocation.environmentId));
    expect(environments.size).toBe(CONCURRENT_REQUESTS);
    const statuses = concurrent.map((call) => call.response.status).sort();
    expect(statuses).toEqual([202, 429, 429, 429, 429]);
    for (const call of concurrent.filter((each) => each.response.status === 429)) {
      expect(call.response.headers.get('content-type')).toBe('application/problem+json');
      expect(await call.response.json()).toMatchObject({ status: 429, code: 'sync_run_busy' });
      const retryAfter = Number(call.response.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(COOLDOWN_S);
      expect(call.invocation.awsCalls['Lambda.Invoke']).toBeUndefined();
    }
    expect(allSyncRuns.map((run) => run.outcome.kind)).toEqual(['response', 'response']);
  });
});

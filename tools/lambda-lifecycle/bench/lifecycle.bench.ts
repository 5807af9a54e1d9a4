import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineFacts } from '@devportal/bench-report';
import { startDynamoDbLocal } from '@devportal/test-support/dynamodb-local';
import { directorTokens } from '@devportal/test-support/mutual-tls-bank';
import {
  bundleAsDeployed,
  busiestWindow,
  busiestWindowCertain,
  drainQueue,
  emfValues,
  gatewayToken,
  HARNESS_NODE_TARGET,
  type InvocationRecord,
  inParallel,
  LifecycleWorld,
  lambdaEntryOf,
  measureWarmGatewayCalls,
  type PartnerCall,
  partnerCall,
  schedulerEvent,
  statusCounts,
} from '../src/index.js';
import { startProductionBank } from '../test/support/production-contour.js';

/**
 * `pnpm bench` (this package): the lifecycle cases at full size, against the CDK-built
 * gateway bundle in separate, frozen, SIGKILLed environments; the status sync's drain rate (due
 * documents dispatched to its check queue, checked by its SQS worker against a slow bank); and the
 * calls a warm gateway call makes (DynamoDB, KMS, bank) on both contours, for docs/cost.md. `LIFECYCLE_BENCH_SCALE=smoke`
 * runs every part small (a check that the script works). Writes `bench/results.json`.
 */
const SMOKE = process.env.LIFECYCLE_BENCH_SCALE === 'smoke';
const SIZES = SMOKE
  ? {
      quota: { environments: 5, perDay: 20, calls: 24 },
      rate: { environments: 4, perSecond: 5, seconds: 2 },
    }
  : {
      quota: { environments: 50, perDay: 1_000, calls: 1_200 },
      rate: { environments: 10, perSecond: 10, seconds: 10 },
    };
const ANALYTICS = SMOKE ? { environments: 4, calls: 40 } : { environments: 10, calls: 1_000 };
const COUNTS = SMOKE ? { sandbox: 20, production: 50 } : { sandbox: 200, production: 1_000 };
/** The bounded-job case: more due work against a 1 s bank than the function's timeout allows. */
const SYNC_DEADLINE = SMOKE
  ? { documents: 60, bankLatencyMs: 1_000, timeoutMs: 16_000 }
  : { documents: 2_500, bankLatencyMs: 1_000, timeoutMs: 240_000 };
const DRAIN = SMOKE
  ? { documents: 20, workers: 2, bankLatencyMs: 200 }
  : { documents: 300, workers: 4, bankLatencyMs: 1_000 };

const machine = machineFacts();
const directory = mkdtempSync(join(tmpdir(), 'devportal-lifecycle-bench-'));
const dynamoDb = await startDynamoDbLocal();
try {
  const bundlePath = join(directory, 'cards-gateway', 'index.mjs');
  await bundleAsDeployed(lambdaEntryOf('cards-gateway'), bundlePath);
  const withWorld = async <T>(
    run: (world: LifecycleWorld) => Promise<T>,
    production?: Awaited<ReturnType<typeof startProductionBank>>,
  ): Promise<T> => {
    const world = await LifecycleWorld.start({
      dynamoDbEndpoint: dynamoDb.endpoint,
      ...(production && { production: production.option }),
    });
    try {
      return await run(world);
    } finally {
      await world.close();
    }
  };
  const quota = await withWorld(async (world) => {
    const { environments, perDay, calls } = SIZES.quota;
    const app = await world.applicationOnSandboxPlan(
      { id: 'bench-quota', ratePerSecond: 100_000, quotaPerDay: perDay },
      { webhookEvents: ['quota.warning'] },
    );
    const gateway = world.cardsGateway({
      bundlePath,
      reservedConcurrency: environments,
      randomReclaims: { probability: 0.1, seed: 12 },
    });
    const token = await gatewayToken(gateway, app);
    const answered = await inParallel(calls, environments, () => partnerCall(gateway, token));
    await gateway.close();
    const warnings = await world.webhookEvents(app, 'quota.warning');
    return {
      environments,
      quotaPerDay: perDay,
      calls,
      statuses: statusCounts(answered),
      admittedExactly: statusCounts(answered)[200] === perDay,
      environmentsUsed: new Set(answered.map((call) => call.invocation.environmentId)).size,
      dayWarnings: warnings
        .filter((warning) => warning.period === 'day')
        .map((warning) => ({ thresholdPercent: warning.thresholdPercent, used: warning.used })),
    };
  });

  const rate = await withWorld(async (world) => {
    const { environments, perSecond, seconds } = SIZES.rate;
    const app = await world.applicationOnSandboxPlan({
      id: 'bench-rate',
      ratePerSecond: perSecond,
      quotaPerDay: 10_000_000,
    });
    const gateway = world.cardsGateway({ bundlePath, reservedConcurrency: environments });
    const token = await gatewayToken(gateway, app);
    await Promise.all(Array.from({ length: environments }, () => partnerCall(gateway, token)));
    const calls: PartnerCall[] = [];
    const until = performance.now() + seconds * 1_000;
    await Promise.all(
      Array.from({ length: environments }, async () => {
        while (performance.now() < until) calls.push(await partnerCall(gateway, token));
      }),
    );
    const admitted = calls.filter((call) => call.status === 200);
    // Admissions certainly inside one second (the call's whole span in it) is the limit's
    // figure; answers inside one second is what a partner sees, spread by answer times.
    const busiest = busiestWindowCertain(admitted, 1_000);
    const allowed = Math.floor(perSecond * 1.1);
    return {
      environments,
      ratePerSecond: perSecond,
      seconds,
      offered: calls.length,
      statuses: statusCounts(calls),
      busiestOneSecondWindow: busiest,
      busiestOneSecondOfAnswers: busiestWindow(
        admitted.map((call) => call.answeredAt),
        1_000,
      ),
      allowed,
      withinRatePlusTenPercent: busiest <= allowed,
    };
  });

  const analytics = await withWorld(async (world) => {
    const { environments, calls } = ANALYTICS;
    const app = await world.applicationOnSandboxPlan({
      id: 'bench-analytics',
      ratePerSecond: 100_000,
      quotaPerDay: 10_000_000,
    });
    const gateway = world.cardsGateway({
      bundlePath,
      reservedConcurrency: environments,
      randomReclaims: { probability: 0.25, seed: 3 },
    });
    const token = await gatewayToken(gateway, app);
    const before = await world.usageToday(app);
    const answered = await inParallel(calls, environments, () => partnerCall(gateway, token));
    await gateway.close();
    const after = await world.usageToday(app);
    const counted = after.calls - before.calls;
    return {
      environments,
      calls,
      answered: answered.length,
      counted,
      lost: Math.max(0, answered.length - counted),
      countedTwice: Math.max(0, counted - answered.length),
    };
  });

  const sandboxCounts = await withWorld(async (world) => {
    const app = await world.applicationOnSandboxPlan({
      id: 'bench-counts',
      ratePerSecond: 100_000,
      quotaPerDay: 10_000_000,
    });
    const gateway = world.cardsGateway({ bundlePath, reservedConcurrency: 1 });
    const token = await gatewayToken(gateway, app);
    return (await measureWarmGatewayCalls(gateway, token, [world.sandbox], COUNTS.sandbox)).average;
  });

  const production = await startProductionBank();
  const productionCounts = await withWorld(async (world) => {
    await world.publishPlans([]);
    const app = await world.productionApplication(
      await directorTokens(production),
      await world.productionPlanAt(1_000),
    );
    const gateway = world.cardsGateway({ bundlePath, reservedConcurrency: 1 });
    const token = await gatewayToken(gateway, app);
    const { average } = await measureWarmGatewayCalls(
      gateway,
      token,
      [production.bank],
      COUNTS.production,
    );
    const kms = average.awsPerInvocation;
    return {
      ...average,
      kmsCallsPer1000: 1_000 * ((kms['KMS.Decrypt'] ?? 0) + (kms['KMS.GenerateDataKey'] ?? 0)),
    };
  }, production);
  await production.bank.close();

  const statusSyncBundle = join(directory, 'status-sync', 'index.mjs');
  await bundleAsDeployed(lambdaEntryOf('status-sync'), statusSyncBundle);
  const syncDrain = await withWorld(async (world) => {
    const { documents, workers, bankLatencyMs } = DRAIN;
    await world.dueLimitChanges(documents);
    world.sandbox.setFaults({ getLimitChangeState: { latencyMs: bankLatencyMs } });
    const sync = world.statusSync({
      bundlePath: statusSyncBundle,
      reservedConcurrency: workers + 1,
    });
    const dispatch = await sync.invoke(schedulerEvent());
    const queued = world.sqs.depth(world.deployed.checkQueueUrl);
    const drained = await drainQueue(sync, world.sqs, world.deployed.checkQueueUrl, {
      batchSize: 10,
      concurrency: workers,
    });
    const perMinute = drained.processed / (drained.durationMs / 60_000);
    return {
      documents,
      bankLatencyMs,
      workers,
      dispatch: { outcome: dispatch.outcome.kind, durationMs: Math.round(dispatch.durationMs) },
      queued,
      processed: drained.processed,
      returned: drained.returned,
      drainMs: Math.round(drained.durationMs),
      documentsPerMinute: Math.round(perMinute),
      documentsPerMinutePerWorker: Math.round(perMinute / workers),
      minutesFor50000AtThisConcurrency: perMinute > 0 ? Math.round(50_000 / perMinute) : null,
    };
  });

  const syncDeadline = await withWorld(async (world) => {
    const { documents, bankLatencyMs, timeoutMs } = SYNC_DEADLINE;
    const organisationId = randomUUID();
    await world.dueLimitChanges(documents, organisationId);
    world.sandbox.setFaults({ getLimitChangeState: { latencyMs: bankLatencyMs } });
    const sync = world.statusSync({
      bundlePath: statusSyncBundle,
      reservedConcurrency: 1,
      timeoutMs,
    });
    // The manual run checks in its own invocation, so it meets the deadline; then the schedule
    // dispatches what it left to the check queue.
    const manual = await sync.invoke({ organisationId });
    const scheduled = await sync.invoke(schedulerEvent());
    return {
      documents,
      bankLatencyMs,
      timeoutMs,
      manual: deadlineOutcome(manual),
      scheduled: deadlineOutcome(scheduled),
    };
  });

  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    scale: SMOKE ? 'smoke' : 'full',
    bundleTarget: HARNESS_NODE_TARGET,
    quota,
    rate,
    analytics,
    syncDeadline,
    syncDrain,
    callsPerWarmGatewayCall: { sandbox: sandboxCounts, production: productionCounts },
  };
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log(JSON.stringify(results, null, 2));
} finally {
  await dynamoDb.stop();
  rmSync(directory, { recursive: true, force: true });
}

/** How a sync invocation ended against its deadline: answered in time with its report and lag metric, or not. */
function deadlineOutcome(run: InvocationRecord) {
  // A manual run reports its checks; a scheduled one, what it handed to the check queue.
  const report =
    run.outcome.kind === 'response'
      ? (run.outcome.payload as {
          checked?: number;
          leftUnchecked?: number;
          dispatched?: number;
          leftUndispatched?: number;
        } | null)
      : null;
  return {
    outcome: run.outcome.kind,
    durationMs: Math.round(run.durationMs),
    handled: report?.checked ?? report?.dispatched ?? null,
    leftForLater: report?.leftUnchecked ?? report?.leftUndispatched ?? null,
    lagMetricsPublished: emfValues(run.logs, 'OldestPendingAgeSeconds').length,
  };
}

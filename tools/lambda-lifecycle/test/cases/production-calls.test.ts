import { directorTokens } from '@devportal/test-support/mutual-tls-bank';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CallsPerInvocation,
  gatewayToken,
  type InvocationCalls,
  type InvocationRecord,
  type LifecycleWorld,
  measureWarmGatewayCalls,
} from '../../src/index.js';
import { type ProductionBank, startProductionBank } from '../support/production-contour.js';
import { bundles, startWorld } from '../support/world.js';

/** Issue 12: "count KMS calls per 1,000 production calls" in the bench; here twenty. */
const CALLS = 20;

let production: ProductionBank;
let world: LifecycleWorld;
let series: InvocationCalls[];
let average: CallsPerInvocation;
let firstCall: InvocationRecord;

beforeAll(async () => {
  production = await startProductionBank();
  world = await startWorld({ production: production.option });
  const app = await world.productionApplication(
    await directorTokens(production),
    await world.productionPlanAt(1_000),
  );
  const gateway = world.cardsGateway({
    bundlePath: bundles().cardsGateway,
    reservedConcurrency: 1,
  });
  const token = await gatewayToken(gateway, app);
  ({ series, average, firstCall } = await measureWarmGatewayCalls(
    gateway,
    token,
    [production.bank],
    CALLS,
  ));
}, 120_000);

afterAll(async () => {
  await world?.close();
  await production?.bank.close();
});

describe('what a warm production call (the organisation’s own token, over mutual TLS) costs', () => {
  it('reaches the bank over mutual TLS exactly once per call', () => {
    expect(series.map((calls) => calls.status)).toEqual(Array(CALLS).fill(200));
    expect(average.bankPerInvocation).toEqual({ listBusinessCards: 1 });
  });

  it('opens the sealed bank token without a KMS call on every call (a bounded data-key cache)', () => {
    // The first production call of the environment did open it through KMS (the count works).
    expect(firstCall.awsCalls['KMS.Decrypt']).toBeGreaterThanOrEqual(1);
    const kmsCalls = series.reduce((sum, calls) => sum + (calls.aws['KMS.Decrypt'] ?? 0), 0);
    expect(kmsCalls / CALLS).toBeLessThanOrEqual(0.1);
  });
});

import type { GatewayResults } from '../sections/gateway-vs-proxy.js';
import {
  type CallsPerInvocation,
  type LambdaLifecycleResults,
  serviceCalls,
} from '../sections/lambda-lifecycle.js';
import { costPerMillionCalls, type GatewayCallUsage, xRaySampledShare } from './cost-model.js';
import { LIST_PRICES } from './list-prices.js';
import type { CostReport } from './render-cost.js';

/**
 * Capacity units of each DynamoDB operation the gateway makes. Its items stay under 1 KB (the plan
 * meter's test asserts it) and its reads under 4 KB, so a write is one unit and a strongly
 * consistent read one; a transaction costs two units per item, and the gateway's write two items.
 */
const WRITE_UNITS: Readonly<Record<string, number>> = {
  'DynamoDB.UpdateItem': 1,
  'DynamoDB.PutItem': 1,
  'DynamoDB.DeleteItem': 1,
  'DynamoDB.TransactWriteItems': 4,
};
const READ_UNITS: Readonly<Record<string, number>> = {
  'DynamoDB.GetItem': 1,
  'DynamoDB.Query': 1,
  'DynamoDB.TransactGetItems': 2,
  // The gateway's only batch: an application and its organisation, read together to check that a
  // token's credentials still stand (once per application and environment every 3 s of calls).
  'DynamoDB.BatchGetItem': 2,
};

/**
 * The roll-up's write units per minute counter (one per application, product and operation with
 * calls in a minute), measured with DynamoDB Local's ReturnConsumedCapacity: the counter's entry in
 * the roll-up index (1), the hour's addition (1), the day's (1 unit until its set of rolled minutes
 * passes 1 KB, 5 at the day's end: 3 on average), taking the minute off the index and the index's
 * delete (2).
 */
const ROLLUP_WRITE_UNITS_PER_COUNTER_MINUTE = 7;
/**
 * The traffic's spread, an assumption: at 100 calls a second, 100 counters with calls in a minute
 * (say 25 applications calling 4 operations each), 60 calls a counter and minute.
 */
const ACTIVE_COUNTERS_PER_MINUTE = 100;

/** The gateway function's memory (infra/src/functions/cards-gateway-function.ts). */
const GATEWAY_MEMORY_MB = 512;
/** The monthly figure's traffic. */
const CALLS_PER_SECOND = 100;
/** The target, dollars per million calls, all in. */
const TARGET_PER_MILLION = 4;
/**
 * CloudWatch Logs bytes per call that the harness does not capture: Lambda's START, END and
 * REPORT lines (about 350 B) and the HTTP API's JSON access-log line (about 450 B), estimated from
 * their formats. The gateway itself logs only faults.
 */
const PLATFORM_LOG_BYTES = 800;

function unitsOf(calls: CallsPerInvocation, units: Readonly<Record<string, number>>): number {
  return Object.entries(calls.awsPerInvocation).reduce(
    (sum, [operation, perCall]) => sum + perCall * (units[operation] ?? 0),
    0,
  );
}

/** What one warm production gateway call uses, from the harness's counts and the gateway bench. */
export function gatewayCallUsage(
  lifecycle: LambdaLifecycleResults,
  gateway: GatewayResults,
): GatewayCallUsage {
  const production = lifecycle.callsPerWarmGatewayCall.production;
  const oneCaller = gateway.slowBank?.rows.find((row) => row.concurrency === 1);
  return {
    dynamoDbWriteUnits: round(unitsOf(production, WRITE_UNITS)),
    rollupWriteUnits: round(
      (ROLLUP_WRITE_UNITS_PER_COUNTER_MINUTE * ACTIVE_COUNTERS_PER_MINUTE) /
        (CALLS_PER_SECOND * 60),
    ),
    dynamoDbReadUnits: round(unitsOf(production, READ_UNITS)),
    kmsRequests: round(serviceCalls(production, 'KMS')),
    secretsManagerCalls: round(serviceCalls(production, 'SecretsManager')),
    // Lambda bills the whole invocation, the wait for the bank included: the gateway's median with
    // a bank answering in 50 ms, rounded up to the millisecond as Lambda bills.
    billedDurationMs: Math.ceil(oneCaller?.gateway.p50Ms ?? Number.NaN),
    logBytes: PLATFORM_LOG_BYTES,
  };
}

/** docs/cost.md's content, from the two benches' results. */
export function gatewayCostReport(
  lifecycle: LambdaLifecycleResults,
  gateway: GatewayResults,
): CostReport {
  const usage = gatewayCallUsage(lifecycle, gateway);
  const deployment = {
    memoryMb: GATEWAY_MEMORY_MB,
    tracedShare: xRaySampledShare(CALLS_PER_SECOND),
  };
  return {
    usage,
    deployment,
    lines: costPerMillionCalls(usage, deployment, LIST_PRICES),
    callsPerSecond: CALLS_PER_SECOND,
    targetPerMillion: TARGET_PER_MILLION,
    measuredBy: `the Lambda lifecycle harness (${lifecycle.callsPerWarmGatewayCall.production.invocations} warm production calls, ${lifecycle.measuredAt}) and the gateway bench's median with a 50 ms bank (${gateway.measuredAt})`,
    notes: [
      "DynamoDB units from the counted operations: a write of an item under 1 KB is one unit (the plan meter, the minute's analytics counter), a transaction two per item, a strongly consistent read of up to 4 KB one. The per-call table writes are: the plan meter's conditional update (quota and rate in one item) and the call's minute analytics counter. The one read on a call's path is the check that a token's credentials still stand (its application and organisation, one two-item BatchGetItem of 2 units), made at most once every 3 s per application and execution environment, so its share per call falls as an application's calls a second rise (at 10 calls a second on one environment: 2 units over 30 calls).",
      `Analytics hours and days are not written per call: the status sync's schedule rolls each minute counter (one per application, product and operation with calls in that minute) into its hour and day, ${ROLLUP_WRITE_UNITS_PER_COUNTER_MINUTE} write units a counter on average (5 to 9) whatever its number of calls. The roll-up line assumes ${ACTIVE_COUNTERS_PER_MINUTE} counters with calls in each minute at ${CALLS_PER_SECOND} calls a second; each further 100 adds $${round((ROLLUP_WRITE_UNITS_PER_COUNTER_MINUTE * 100 * LIST_PRICES.dynamoDbPerMillionWriteUnits) / (CALLS_PER_SECOND * 60))} per million calls.`,
      `Lambda duration: the gateway bench's median at one caller with a bank answering in 50 ms, on this machine against DynamoDB Local (whose writes are slower than DynamoDB's); ${GATEWAY_MEMORY_MB} MB as infra deploys the gateway (its token endpoint checks a keyed hash, not scrypt: no memory to buy CPU with).`,
      `CloudWatch Logs: ${PLATFORM_LOG_BYTES} B a call for Lambda's START/END/REPORT lines and the HTTP API's access log, estimated from their formats (not measured here).`,
      `X-Ray: the default sampling rule (1 a second, then 5 %) at ${CALLS_PER_SECOND} calls a second.`,
      'Token requests (`POST /oauth/token`, two table writes each) come once per 15-minute token per application, not per call, and are left out, as are the status sync (a scheduled job whose cost follows pending documents, not calls) and the portal API.',
      "Fixed monthly items, whatever the traffic: the token vault's and the table's KMS keys ($1 each), four secrets ($0.40 each), eleven CloudWatch alarms ($0.10 each), the dashboard ($3), the table's storage (analytics counters expire by TTL).",
      'Not included: data transfer out to the internet and to the bank, which depends on response sizes.',
    ],
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

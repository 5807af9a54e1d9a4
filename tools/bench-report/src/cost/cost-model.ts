import type { ListPrices } from './list-prices.js';

/**
 * What one gateway call uses of each priced service, as the Lambda lifecycle harness counts it
 * (warm environments, steady state). Units, not operations: a DynamoDB write of an item under
 * 1 KB is one write unit, a transactional one two.
 */
export interface GatewayCallUsage {
  readonly dynamoDbWriteUnits: number;
  /** The analytics roll-up's write units, spread over the calls it rolls up (not on the call's path). */
  readonly rollupWriteUnits: number;
  readonly dynamoDbReadUnits: number;
  readonly kmsRequests: number;
  readonly secretsManagerCalls: number;
  /** Lambda's billed duration of the call, in ms (it includes the wait for the bank). */
  readonly billedDurationMs: number;
  /** Log and embedded-metric bytes the call writes to CloudWatch Logs. */
  readonly logBytes: number;
}

/** How the gateway is deployed: what the per-call usage is multiplied by. */
export interface GatewayDeployment {
  /** The function's configured memory, in MB. */
  readonly memoryMb: number;
  /** The share of calls X-Ray records (1 per second plus 5 % by default; see {@link xRaySampledShare}). */
  readonly tracedShare: number;
}

/** One line of the bill. */
export interface CostLine {
  readonly item: string;
  /** How the line is computed, in words and numbers. */
  readonly basis: string;
  /** US dollars per million gateway calls. */
  readonly perMillionCalls: number;
}

const MILLION = 1_000_000;
const GB = 1024 ** 3;

/**
 * The cost of a million gateway calls, item by item: the API Gateway request, the Lambda
 * invocation and its GB-seconds, DynamoDB units, KMS and Secrets Manager calls, the logs and the
 * traces the calls write.
 */
export function costPerMillionCalls(
  usage: GatewayCallUsage,
  deployment: GatewayDeployment,
  prices: ListPrices,
): CostLine[] {
  const gbSeconds = (deployment.memoryMb / 1024) * (usage.billedDurationMs / 1000);
  return [
    {
      item: 'API Gateway HTTP API',
      basis: `1 request × $${prices.httpApiPerMillionRequests}/M`,
      perMillionCalls: prices.httpApiPerMillionRequests,
    },
    {
      item: 'Lambda requests',
      basis: `1 invocation × $${prices.lambdaPerMillionRequests}/M`,
      perMillionCalls: prices.lambdaPerMillionRequests,
    },
    {
      item: 'Lambda duration (arm64)',
      basis: `${usage.billedDurationMs} ms × ${deployment.memoryMb} MB = ${round(gbSeconds, 5)} GB-s × $${prices.lambdaArmPerGbSecond}`,
      perMillionCalls: gbSeconds * prices.lambdaArmPerGbSecond * MILLION,
    },
    {
      item: 'DynamoDB writes',
      basis: `${usage.dynamoDbWriteUnits} WRU × $${prices.dynamoDbPerMillionWriteUnits}/M`,
      perMillionCalls: usage.dynamoDbWriteUnits * prices.dynamoDbPerMillionWriteUnits,
    },
    {
      item: 'DynamoDB roll-up writes',
      basis: `${usage.rollupWriteUnits} WRU × $${prices.dynamoDbPerMillionWriteUnits}/M`,
      perMillionCalls: usage.rollupWriteUnits * prices.dynamoDbPerMillionWriteUnits,
    },
    {
      item: 'DynamoDB reads',
      basis: `${usage.dynamoDbReadUnits} RRU × $${prices.dynamoDbPerMillionReadUnits}/M`,
      perMillionCalls: usage.dynamoDbReadUnits * prices.dynamoDbPerMillionReadUnits,
    },
    {
      item: 'KMS',
      basis: `${usage.kmsRequests} requests × $${prices.kmsPer10kRequests}/10k`,
      perMillionCalls: usage.kmsRequests * prices.kmsPer10kRequests * 100,
    },
    {
      item: 'Secrets Manager',
      basis: `${usage.secretsManagerCalls} calls × $${prices.secretsManagerPer10kCalls}/10k`,
      perMillionCalls: usage.secretsManagerCalls * prices.secretsManagerPer10kCalls * 100,
    },
    {
      item: 'CloudWatch Logs',
      basis: `${usage.logBytes} B × $${prices.cloudWatchLogsPerGbIngested}/GB`,
      perMillionCalls: (usage.logBytes / GB) * prices.cloudWatchLogsPerGbIngested * MILLION,
    },
    {
      item: 'X-Ray',
      basis: `${round(deployment.tracedShare * 100, 2)} % of calls traced × $${prices.xRayPerMillionTracesRecorded}/M`,
      perMillionCalls: deployment.tracedShare * prices.xRayPerMillionTracesRecorded,
    },
  ];
}

/** The sum of the lines, per million calls. */
export function totalPerMillion(lines: readonly CostLine[]): number {
  return lines.reduce((sum, line) => sum + line.perMillionCalls, 0);
}

/** Calls in a 30-day month at `callsPerSecond`. */
export function callsPerMonth(callsPerSecond: number): number {
  return callsPerSecond * 30 * 24 * 3600;
}

/**
 * The share of requests X-Ray's default sampling rule records at a steady `callsPerSecond`: the
 * first request each second (the reservoir) and 5 % of the rest.
 */
export function xRaySampledShare(callsPerSecond: number): number {
  if (callsPerSecond <= 1) return 1;
  return (1 + 0.05 * (callsPerSecond - 1)) / callsPerSecond;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * AWS public list prices (US East, N. Virginia; on-demand, first pricing tier, no free tier),
 * as published when this file was last edited. The stack runs on arm64 and DynamoDB on-demand.
 * A region with other prices changes the figures in proportion; the per-call counts do not change.
 */
export const LIST_PRICES = {
  /** HTTP API, per million requests of up to 512 KB (first 300 million a month). */
  httpApiPerMillionRequests: 1.0,
  /** Lambda, per million invocations. */
  lambdaPerMillionRequests: 0.2,
  /** Lambda on arm64, per GB-second of billed duration (first 7.5 billion GB-s a month). */
  lambdaArmPerGbSecond: 0.0000133334,
  /** DynamoDB on-demand, per million write request units (1 KB each; since November 2024). */
  dynamoDbPerMillionWriteUnits: 0.625,
  /** DynamoDB on-demand, per million read request units (4 KB strongly consistent, or two eventually consistent). */
  dynamoDbPerMillionReadUnits: 0.125,
  /** KMS, per 10,000 symmetric requests (Decrypt, GenerateDataKey). */
  kmsPer10kRequests: 0.03,
  /** Secrets Manager, per 10,000 API calls. */
  secretsManagerPer10kCalls: 0.05,
  /** CloudWatch Logs, per GB ingested (standard class). */
  cloudWatchLogsPerGbIngested: 0.5,
  /** X-Ray, per million traces recorded. */
  xRayPerMillionTracesRecorded: 5.0,
} as const;

/** What {@link LIST_PRICES} holds; tests pass their own. */
export type ListPrices = { readonly [K in keyof typeof LIST_PRICES]: number };

import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The deployments of the app, chosen with `--context stage=<name>`. */
export const STAGE_NAMES = ['dev', 'prod'] as const;

/** One of {@link STAGE_NAMES}. */
export type StageName = (typeof STAGE_NAMES)[number];

/** Requests per second allowed through an API route, steady and in a burst. */
export interface ThrottleLimits {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/** How the cards gateway's function runs in a stage. */
export interface CardsGatewayCapacity {
  /**
   * Concurrent executions reserved for (and capped at) the gateway: partners' calls always find
   * room, however busy the account's other functions are, and a slow bank (every environment
   * waiting up to the bank timeouts) cannot take the whole account's concurrency, the portal API's
   * and the status sync's included, nor press the bank and the table beyond it.
   */
  readonly reservedConcurrency: number;
  /** Connect timeout of each bank exchange (`BANK_CONNECT_TIMEOUT_MS`). */
  readonly bankConnectTimeoutMs: number;
  /**
   * Total timeout of each bank exchange (`BANK_TOTAL_TIMEOUT_MS`): a call makes at most 4 in a
   * row, and they must end 2 s before the function's 29 s (apps/cards-gateway/README.md).
   */
  readonly bankTotalTimeoutMs: number;
}

/** What differs between stages by policy; kept in code so that a review sees every difference. */
export interface StagePolicy {
  readonly name: StageName;
  /** The bank's contour the stage talks to: SberBusiness ID and the business-cards API hosts. */
  readonly bankContour: 'test' | 'production';
  /**
   * Environments the status sync may use at once (reserved concurrency): its workers take all but
   * a few, kept for the dispatcher, the webhook round and manual runs, so a backlog never starves
   * them nor takes the account's concurrency from the portal and the gateway.
   */
  readonly syncReservedConcurrency: number;
  readonly logRetention: RetentionDays;
  readonly logLevel: 'DEBUG' | 'INFO';
  /** The stage-wide default for every route. */
  readonly apiThrottle: ThrottleLimits;
  /**
   * The client-credentials token endpoint's own route bucket. A route's bucket is one for every
   * caller, so it is sized to what the gateway refuses cheaply (an address it refused is answered
   * from memory), not to honest traffic: junk must outrun it before partners lose new tokens,
   * and junk from one address is refused by the gateway long before.
   */
  readonly tokenEndpointThrottle: ThrottleLimits;
  /** Cognito's Plus tier: adaptive authentication and compromised-credential checks. */
  readonly threatProtection: boolean;
  readonly cardsGateway: CardsGatewayCapacity;
}

const STAGE_POLICIES: Readonly<Record<StageName, StagePolicy>> = {
  dev: {
    name: 'dev',
    bankContour: 'test',
    syncReservedConcurrency: 5,
    logRetention: RetentionDays.ONE_MONTH,
    logLevel: 'DEBUG',
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    tokenEndpointThrottle: { rateLimit: 500, burstLimit: 1000 },
    threatProtection: false,
    // The route throttle's burst (100) at the bank's usual sub-second answer needs a few dozen.
    cardsGateway: {
      reservedConcurrency: 20,
      bankConnectTimeoutMs: 3_000,
      bankTotalTimeoutMs: 6_750,
    },
  },
  prod: {
    name: 'prod',
    bankContour: 'production',
    syncReservedConcurrency: 25,
    logRetention: RetentionDays.ONE_YEAR,
    logLevel: 'INFO',
    apiThrottle: { rateLimit: 500, burstLimit: 1000 },
    tokenEndpointThrottle: { rateLimit: 2000, burstLimit: 4000 },
    threatProtection: true,
    // 500 calls/s (the route throttle) at a bank answering in 0.2–0.4 s; leaves the account's
    // default 1,000 room for the other functions and the 100 Lambda keeps unreserved.
    cardsGateway: {
      reservedConcurrency: 200,
      bankConnectTimeoutMs: 3_000,
      bankTotalTimeoutMs: 6_750,
    },
  },
};

/** The policy of `stage`. */
export function stagePolicy(stage: StageName): StagePolicy {
  return STAGE_POLICIES[stage];
}

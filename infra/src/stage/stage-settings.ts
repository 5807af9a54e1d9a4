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

/** What differs between stages by policy; kept in code so that a review sees every difference. */
export interface StagePolicy {
  readonly name: StageName;
  /** The bank's contour the stage talks to: SberBusiness ID and the business-cards API hosts. */
  readonly bankContour: 'test' | 'production';
  /**
   * The contour of limit-change records written before records named their own contour
   * (`STATUS_SYNC_CONTOUR`, apps/status-sync).
   */
  readonly syncContour: 'sandbox' | 'production';
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
   * The client-credentials token endpoint: tokens live 15 minutes, so a partner needs few, and
   * a tight limit slows down guessing of Client Secrets across Client IDs.
   */
  readonly tokenEndpointThrottle: ThrottleLimits;
  /** Cognito's Plus tier: adaptive authentication and compromised-credential checks. */
  readonly threatProtection: boolean;
}

const STAGE_POLICIES: Readonly<Record<StageName, StagePolicy>> = {
  dev: {
    name: 'dev',
    bankContour: 'test',
    syncContour: 'sandbox',
    syncReservedConcurrency: 5,
    logRetention: RetentionDays.ONE_MONTH,
    logLevel: 'DEBUG',
    apiThrottle: { rateLimit: 50, burstLimit: 100 },
    tokenEndpointThrottle: { rateLimit: 5, burstLimit: 10 },
    threatProtection: false,
  },
  prod: {
    name: 'prod',
    bankContour: 'production',
    syncContour: 'production',
    syncReservedConcurrency: 25,
    logRetention: RetentionDays.ONE_YEAR,
    logLevel: 'INFO',
    apiThrottle: { rateLimit: 500, burstLimit: 1000 },
    tokenEndpointThrottle: { rateLimit: 20, burstLimit: 40 },
    threatProtection: true,
  },
};

/** The policy of `stage`. */
export function stagePolicy(stage: StageName): StagePolicy {
  return STAGE_POLICIES[stage];
}

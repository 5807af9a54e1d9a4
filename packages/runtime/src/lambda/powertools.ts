import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { type AwsClientInstrumentation, uninstrumented } from '../environment.js';

/**
 * A deployable's Powertools on Lambda, configured by the environment infra sets
 * (`POWERTOOLS_SERVICE_NAME`, `POWERTOOLS_METRICS_NAMESPACE`, `POWERTOOLS_LOG_LEVEL`; events never
 * logged). Create it once, at module scope, so a warm invocation reuses it.
 *
 * Traces come from Lambda's active tracing alone (each invocation's segment, recorded by the
 * service), not from Powertools Tracer: the X-Ray SDK beneath it and its semver would add about
 * 140 KiB to every bundle, all of it loaded at each cold start, for sub-segments of the AWS SDK's
 * calls and a cold-start annotation.
 */
export interface Powertools {
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** What wraps the AWS SDK clients (pass to the app's `dependenciesFromEnvironment`): nothing. */
  readonly instrument: AwsClientInstrumentation;
}

/** The module-scope {@link Powertools} of a Lambda entry point. */
export function powertools(): Powertools {
  return { logger: new Logger(), metrics: new Metrics(), instrument: uninstrumented };
}

/**
 * `handler` wrapped in Powertools' own middlewares on middy: the context added to log lines (the
 * event never logged: it carries Authorization headers), and the stored metrics flushed after
 * every invocation, failed or not.
 * middy's early timeout is off: each app bounds its own work by the invocation's deadline.
 *
 * @example
 * const tools = powertools();
 * export const handler = withPowertools(tools, async (event) => runStatusSync(deps, …));
 */
export function withPowertools<Event, Result, Context>(
  { logger, metrics }: Powertools,
  handler: (event: Event, context: Context) => Promise<Result>,
): (event: Event, context: Context) => Promise<Result> {
  return middy(handler, { timeoutEarlyInMillis: 0 })
    .use(injectLambdaContext(logger, { logEvent: false }))
    .use(logMetrics(metrics));
}

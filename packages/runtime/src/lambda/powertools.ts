import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import middy from '@middy/core';
import type { AwsClientInstrumentation } from '../environment.js';

/**
 * A deployable's Powertools on Lambda, configured by the environment infra sets
 * (`POWERTOOLS_SERVICE_NAME`, `POWERTOOLS_METRICS_NAMESPACE`, `POWERTOOLS_LOG_LEVEL`; events never
 * logged, responses never captured). Create it once, at module scope, so a warm invocation reuses it.
 */
export interface Powertools {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly tracer: Tracer;
  /** Traces an AWS SDK client's calls (pass to the app's `dependenciesFromEnvironment`). */
  readonly instrument: AwsClientInstrumentation;
}

/** The module-scope {@link Powertools} of a Lambda entry point. */
export function powertools(): Powertools {
  const tracer = new Tracer();
  return {
    logger: new Logger(),
    metrics: new Metrics(),
    tracer,
    instrument: (client) => tracer.captureAWSv3Client(client),
  };
}

/**
 * `handler` wrapped in Powertools' own middlewares on middy: the context added to log lines (the
 * event never logged: it carries Authorization headers), a handler subsegment annotated with the
 * cold start and the service (an error recorded as its metadata, never the response: it may carry
 * a Client Secret shown once), and the stored metrics flushed after every invocation, failed or not.
 * middy's early timeout is off: each app bounds its own work by the invocation's deadline.
 *
 * @example
 * const tools = powertools();
 * export const handler = withPowertools(tools, async (event) => runStatusSync(deps, …));
 */
export function withPowertools<Event, Result, Context>(
  { logger, metrics, tracer }: Powertools,
  handler: (event: Event, context: Context) => Promise<Result>,
): (event: Event, context: Context) => Promise<Result> {
  return middy(handler, { timeoutEarlyInMillis: 0 })
    .use(injectLambdaContext(logger, { logEvent: false }))
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(logMetrics(metrics));
}

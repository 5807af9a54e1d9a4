import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { Tracer } from '@aws-lambda-powertools/tracer';
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
 * `handler` wrapped as Powertools' middlewares would: the context added to log lines, a
 * `## handler` subsegment annotated with the cold start and the service (an error recorded as its
 * metadata, never the event or the response), and the stored metrics flushed after every
 * invocation, failed or not.
 *
 * @example
 * const tools = powertools();
 * export const handler = withPowertools(tools, async (event) => runStatusSync(deps, …));
 */
export function withPowertools<Handler extends (event: never, context?: never) => Promise<unknown>>(
  { logger, metrics, tracer }: Powertools,
  handler: Handler,
): Handler {
  const wrapped = async (event: never, context?: never) => {
    // Lambda always passes its context; a test calling the handler directly may not.
    if (context !== undefined) logger.addContext(context as Parameters<Logger['addContext']>[0]);
    const segment = tracer.getSegment();
    const subsegment = segment?.addNewSubsegment('## handler');
    if (subsegment) tracer.setSegment(subsegment);
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    try {
      return await handler(event, context);
    } catch (error) {
      if (error instanceof Error) tracer.addErrorAsMetadata(error);
      throw error;
    } finally {
      subsegment?.close();
      if (segment) tracer.setSegment(segment);
      metrics.publishStoredMetrics();
    }
  };
  return wrapped as Handler;
}

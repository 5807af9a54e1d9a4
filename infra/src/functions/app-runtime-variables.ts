import { variablesOf } from '@devportal/runtime/environment-variables';

/**
 * The variables {@link AppFunction} sets on every function beside the app's own, in a file free of
 * the CDK so the tools that run the same bundles set the same (`@devportal/infra/app-runtime-variables`).
 *
 * @see AppFunction in ./app-function.ts
 */

/** `NODE_OPTIONS` of every function: stack traces through the bundle's source map. */
export const APP_NODE_OPTIONS = '--enable-source-maps';

/** What of a stage the variables depend on (a `StageSettings` is one). */
export interface RuntimeStage {
  readonly name: string;
  readonly logLevel: string;
}

/**
 * Powertools for AWS Lambda reads its configuration from these: the service and namespace of
 * metrics, the log level, and never logging events (they carry Authorization headers). Then
 * source maps. Traces are Lambda's active tracing, which records no payload.
 */
export function appRuntimeVariables(serviceName: string, stage: RuntimeStage) {
  return variablesOf({
    powertoolsServiceName: serviceName,
    powertoolsMetricsNamespace: metricsNamespace(stage.name),
    powertoolsLogLevel: stage.logLevel,
    powertoolsLoggerLogEvent: false,
    nodeOptions: APP_NODE_OPTIONS,
  });
}

/** The CloudWatch namespace of the apps' own metrics in `stage`. */
export function metricsNamespace(stage: string): string {
  return `Devportal/${stage}`;
}

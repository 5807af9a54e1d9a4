export {
  type AwsCallCounts,
  type AwsCredentials,
  LoopbackAws,
  type LoopbackAwsServices,
  type SentEmail,
} from './aws/loopback-aws.js';
export { type LambdaApiAnswer, LoopbackLambda } from './aws/loopback-lambda.js';
export {
  bundleAsDeployed,
  type DeployedApp,
  HARNESS_NODE_TARGET,
  lambdaEntryOf,
} from './bundle/bundle-as-deployed.js';
export {
  bankRequest,
  basic,
  gatewayToken,
  inParallel,
  LIST_CARDS,
  type PartnerCall,
  partnerCall,
  statusCounts,
  tokenRequest,
} from './drive/partner-calls.js';
export { callThroughApiGateway, type GatewayCall } from './events/api-gateway.js';
export {
  API_ENDPOINT,
  type ApiGatewayCaller,
  CARDS_GATEWAY_ROUTES,
  type HttpApiEvent,
  type HttpApiResult,
  httpApiEvent,
  httpApiResponse,
  PORTAL_API_ROUTES,
} from './events/http-api-event.js';
export { jwtAuthorizerClaims, type SignedInPerson } from './events/jwt-authorizer-claims.js';
export { schedulerEvent } from './events/scheduler-event.js';
export { type SqsMessage, type SqsRecord, sqsEvent } from './events/sqs-event.js';
export { drainQueue, type QueueDrain, type QueueDrainOptions } from './events/sqs-event-source.js';
export {
  cardsGatewayFunction,
  type DeployedFunctionOptions,
  type DeployedWorld,
  HARNESS_MAIL_FROM,
  HARNESS_SITE_URL,
  portalApiFunction,
  statusSyncFunction,
} from './functions/deployed-functions.js';
export { busiestWindow, busiestWindowCertain, type Span } from './measure/busiest-window.js';
export {
  type CallsPerInvocation,
  type InvocationCalls,
  measureCallsPerInvocation,
} from './measure/calls-per-invocation.js';
export { emfValues } from './measure/emf-documents.js';
export { measureWarmGatewayCalls } from './measure/warm-gateway-calls.js';
export {
  type EnvironmentServices,
  ExecutionEnvironment,
  type InvocationOutcome,
  type InvocationRecord,
} from './runtime/execution-environment.js';
export type { FunctionConfiguration } from './runtime/function-configuration.js';
export { LambdaFunction, type RandomReclaims } from './runtime/lambda-function.js';
export { processState } from './runtime/process-state.js';
export { seededRandom } from './runtime/seeded-random.js';
export {
  type DirectorTokens,
  type HarnessApplication,
  LifecycleWorld,
  type LifecycleWorldOptions,
  type WorldFunctionOptions,
} from './world/lifecycle-world.js';

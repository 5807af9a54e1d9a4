import type { InvocationRecord } from '../runtime/execution-environment.js';
import type { LambdaFunction } from '../runtime/lambda-function.js';
import {
  type ApiGatewayCaller,
  CARDS_GATEWAY_ROUTES,
  type HttpApiResult,
  httpApiEvent,
  httpApiResponse,
} from './http-api-event.js';

/** An HTTP call through API Gateway: the answer the caller got and the invocation behind it. */
export interface GatewayCall {
  readonly response: Response;
  readonly invocation: InvocationRecord;
}

/**
 * Calls `fn` as API Gateway's HTTP API does for `request` (from `caller`, a person signed in or
 * not): a payload 2.0 event, the result mapped back to a `Response`. A function error or timeout
 * becomes API Gateway's 500 `{"message":"Internal Server Error"}`; a throttled invocation its 429
 * `{"message":"Too Many Requests"}`.
 */
export async function callThroughApiGateway(
  fn: LambdaFunction,
  request: Request,
  routes: readonly string[] = CARDS_GATEWAY_ROUTES,
  caller: ApiGatewayCaller = {},
): Promise<GatewayCall> {
  const invocation = await fn.invoke(await httpApiEvent(request, routes, caller));
  const { outcome } = invocation;
  if (outcome.kind === 'response') {
    return { response: httpApiResponse(outcome.payload as HttpApiResult), invocation };
  }
  const [status, message] =
    outcome.kind === 'throttled' ? [429, 'Too Many Requests'] : [500, 'Internal Server Error'];
  return {
    response: new Response(JSON.stringify({ message }), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
    invocation,
  };
}

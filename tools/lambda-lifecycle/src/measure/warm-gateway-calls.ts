import type { BankSandbox } from '@devportal/bank-sandbox';
import { bankRequest, LIST_CARDS } from '../drive/partner-calls.js';
import { callThroughApiGateway } from '../events/api-gateway.js';
import type { InvocationRecord } from '../runtime/execution-environment.js';
import type { LambdaFunction } from '../runtime/lambda-function.js';
import { measureCallsPerInvocation } from './calls-per-invocation.js';

/**
 * `count` bank calls (`GET` the first page of cards) through a warm gateway with `token`, one at
 * a time, each with the calls it made; first one call that warms the environment's caches (the
 * contour's token, the opened bank token), returned apart as `firstCall`.
 */
export async function measureWarmGatewayCalls(
  gateway: LambdaFunction,
  token: string,
  banks: readonly BankSandbox[],
  count: number,
): Promise<
  Awaited<ReturnType<typeof measureCallsPerInvocation>> & { firstCall: InvocationRecord }
> {
  const call = async () => {
    const { response, invocation } = await callThroughApiGateway(
      gateway,
      bankRequest(LIST_CARDS, token),
    );
    return { invocation, status: response.status };
  };
  const firstCall = (await call()).invocation;
  return { ...(await measureCallsPerInvocation(count, banks, call)), firstCall };
}

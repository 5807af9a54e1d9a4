import { callThroughApiGateway } from '../events/api-gateway.js';
import type { InvocationRecord } from '../runtime/execution-environment.js';
import type { LambdaFunction } from '../runtime/lambda-function.js';
import type { HarnessApplication } from '../world/lifecycle-world.js';

/** One call a partner made through API Gateway, as the partner saw it. */
export interface PartnerCall {
  readonly status: number;
  readonly retryAfter: string | null;
  /** `performance.now()` when the request left and when its answer came. */
  readonly startedAt: number;
  readonly answeredAt: number;
  /** `Date.now()` when the request left and when its answer came. */
  readonly startedAtEpochMs: number;
  readonly answeredAtEpochMs: number;
  readonly invocation: InvocationRecord;
}

/** The cheapest bank operation: the first page of active cards. */
export const LIST_CARDS = '/v1/business-cards?page=1&statusCodes=ACTIVE';

/** A gateway token for `app`, asked for through the function itself. */
export async function gatewayToken(
  gateway: LambdaFunction,
  app: HarnessApplication,
): Promise<string> {
  const { response } = await callThroughApiGateway(
    gateway,
    tokenRequest(app.clientId, app.clientSecret),
  );
  if (response.status !== 200) throw new Error(`no token: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** `GET path` through the gateway with `token`. */
export async function partnerCall(
  gateway: LambdaFunction,
  token: string,
  path = LIST_CARDS,
): Promise<PartnerCall> {
  const startedAt = performance.now();
  const startedAtEpochMs = Date.now();
  const { response, invocation } = await callThroughApiGateway(gateway, bankRequest(path, token));
  await response.arrayBuffer();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    startedAt,
    startedAtEpochMs,
    answeredAt: performance.now(),
    answeredAtEpochMs: Date.now(),
    invocation,
  };
}

/** Runs `task` `count` times, at most `concurrency` at once, the results in completion order. */
export async function inParallel<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results.push(await task(index));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Counts of each status among `calls`. */
export function statusCounts(calls: readonly PartnerCall[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const call of calls) counts[call.status] = (counts[call.status] ?? 0) + 1;
  return counts;
}

/** `Authorization: Basic` for a client's credentials. */
export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** The gateway's token request, as a partner application sends it through API Gateway. */
export function tokenRequest(clientId: string, clientSecret: string): Request {
  return new Request('https://api.harness.test/oauth/token', {
    method: 'POST',
    headers: {
      authorization: basic(clientId, clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
}

/** A bank call through the gateway (`/cards/fintech/api` + `path`). */
export function bankRequest(path: string, token: string, init: RequestInit = {}): Request {
  return new Request(`https://api.harness.test/cards/fintech/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
}

import { redactHeaders, redactSecrets } from '../logging/redaction.js';
import type { ExchangeOutcome, RequestLogger } from '../logging/request-log.js';
import { AttemptDeadline } from './attempt-deadline.js';
import { BufferedResponse } from './buffered-response.js';
import { describeFailure, isLocalFailure } from './failure-reason.js';
import type { RequestDraft } from './request-draft.js';
import type { SendFunction } from './send-function.js';
import type { TransportCall } from './transport-call.js';

/** How one attempt ended; only an answer carries a response. */
export type AttemptOutcome =
  | { readonly kind: 'response'; readonly response: Response }
  | { readonly kind: 'timeout'; readonly summary: string; readonly cause: unknown }
  | {
      readonly kind: 'network';
      readonly summary: string;
      readonly cause: unknown;
      /** a deterministic failure on this side (a blocked port, a bad URL): never retried */
      readonly local: boolean;
    }
  | { readonly kind: 'aborted' };

/** What one attempt is sent with. */
export interface AttemptPlan {
  readonly draft: RequestDraft;
  readonly call: TransportCall;
  /** the bearer token, or undefined for an anonymous call */
  readonly token: string | undefined;
  readonly retry: number;
  readonly tokenRefreshed: boolean;
}

/** The pieces of a transport an attempt uses. */
export interface AttemptTools {
  readonly send: SendFunction;
  readonly logger: RequestLogger | undefined;
  readonly secretShapes: readonly RegExp[];
}

const logOutcomes = {
  response: 'response',
  network: 'network-error',
  timeout: 'timeout',
  aborted: 'aborted',
} as const satisfies Record<AttemptOutcome['kind'], ExchangeOutcome>;

function headersOf(draft: RequestDraft, token: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  draft.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  return headers;
}

/**
 * Sends one attempt under its own deadline and reads the whole body within it, so that a timeout
 * or a broken connection while reading counts like any other. Error bodies lose the token they
 * may echo. Never throws: how the attempt ended is the outcome.
 */
export async function runAttempt(plan: AttemptPlan, tools: AttemptTools): Promise<AttemptOutcome> {
  const { draft, call, token } = plan;
  const headers = headersOf(draft, token);
  const deadline = new AttemptDeadline(call.timeoutMs, call.signal);
  const started = performance.now();
  let outcome: AttemptOutcome;
  try {
    const response = await tools.send(draft.url, {
      method: draft.method,
      headers,
      body: draft.body,
      signal: deadline.signal,
    });
    const text = await response.text();
    const kept = response.ok
      ? text
      : redactSecrets(text, token === undefined ? [] : [token], tools.secretShapes);
    outcome = { kind: 'response', response: new BufferedResponse(kept, response) };
  } catch (error) {
    if (deadline.timedOut) {
      outcome = { kind: 'timeout', summary: `timed out after ${call.timeoutMs} ms`, cause: error };
    } else if (call.signal?.aborted) {
      outcome = { kind: 'aborted' };
    } else {
      const local = isLocalFailure(error);
      const reason = describeFailure(error);
      const summary = local ? `${reason} (a local failure, not retried)` : reason;
      outcome = { kind: 'network', summary, cause: error, local };
    }
  } finally {
    deadline.dispose();
  }
  if (tools.logger) logAttempt(tools.logger, plan, headers, outcome, started);
  return outcome;
}

function logAttempt(
  logger: RequestLogger,
  plan: AttemptPlan,
  headers: Record<string, string>,
  outcome: AttemptOutcome,
  started: number,
): void {
  const url = new URL(plan.draft.url);
  try {
    logger({
      callId: plan.call.callId,
      operationId: plan.call.operationId,
      method: plan.draft.method,
      path: url.pathname + url.search,
      status: outcome.kind === 'response' ? outcome.response.status : undefined,
      outcome: logOutcomes[outcome.kind],
      durationMs: performance.now() - started,
      retryCount: plan.retry + (plan.call.retryOffset ?? 0),
      tokenRefreshed: plan.tokenRefreshed,
      requestHeaders: redactHeaders(headers),
      error: outcome.kind === 'network' || outcome.kind === 'timeout' ? outcome.summary : undefined,
    });
  } catch {
    // A failing log sink must not fail a call.
  }
}

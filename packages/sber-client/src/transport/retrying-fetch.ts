import type { TokenSource } from '../auth/token-source.js';
import { asAbortError } from '../errors/abort-error.js';
import {
  SberAbortError,
  SberConnectionError,
  SberTimeoutError,
} from '../errors/transport-errors.js';
import { redactHeaders, redactSecrets } from '../logging/redaction.js';
import type { ExchangeOutcome, SberLogger } from '../logging/request-log.js';
import { AttemptDeadline } from './attempt-deadline.js';
import { BufferedResponse } from './buffered-response.js';
import {
  isRetryableStatus,
  parseRetryAfter,
  type RetryPolicy,
  retryVerdictForError,
} from './retry-policy.js';
import { runWithRetries, type Settled } from './run-with-retries.js';

/** The `fetch` the transport sends through: the platform's, undici's with a dispatcher, or yours. */
export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** One logical call, as the transport sees it. */
export interface TransportCall {
  readonly requestId: string;
  readonly operationId: string;
  readonly maxRetries: number;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  /** added to the retry count in log events, for calls that retry above the transport */
  readonly retryOffset?: number;
}

/** What the transport is built from. */
export interface TransportSettings {
  readonly fetch: FetchFunction;
  readonly tokens: TokenSource;
  readonly backoff: Omit<RetryPolicy, 'maxRetries'>;
  readonly logger?: SberLogger | undefined;
}

/** Sends a request with retries; openapi-fetch calls it in place of `fetch`. */
export type Transport = (request: Request, call: TransportCall) => Promise<Response>;

/**
 * Reads the whole body within the attempt, so that a timeout or a broken connection while reading
 * is retried like any other. Error bodies lose the token they may echo.
 */
async function bufferResponse(response: Response, token: string): Promise<Response> {
  const text = await response.text();
  return new BufferedResponse(response.ok ? text : redactSecrets(text, [token]), response);
}

function describeFailure(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

function responseVerdict(settled: Settled<Response>) {
  if ('error' in settled) return retryVerdictForError(settled.error);
  const { status, headers } = settled.value;
  return isRetryableStatus(status)
    ? { retryAfterMs: parseRetryAfter(headers.get('retry-after')) }
    : undefined;
}

/**
 * The `fetch` beneath openapi-fetch (which never retries): each attempt sends a clone of the
 * request with a fresh token and its own timeout; network failures, timeouts and retryable
 * statuses are retried per the policy; a 401 is answered once with a forced token refresh.
 */
export function createTransport(settings: TransportSettings): Transport {
  const { tokens, logger } = settings;

  async function exchange(
    request: Request,
    call: TransportCall,
    retry: number,
    forceRefresh: boolean,
  ): Promise<Response> {
    const token = await tokens.get({ forceRefresh, signal: call.signal });
    // A body can be read once, so each attempt sends a clone; a bodiless request is reused as is.
    const attempt = request.body === null ? request : request.clone();
    attempt.headers.set('Authorization', `Bearer ${token}`);
    const deadline = new AttemptDeadline(call.timeoutMs, call.signal);
    const started = performance.now();
    const log = (outcome: ExchangeOutcome, status?: number, error?: string) => {
      if (!logger) return;
      const url = new URL(attempt.url);
      try {
        logger({
          requestId: call.requestId,
          operationId: call.operationId,
          method: attempt.method,
          path: url.pathname + url.search,
          status,
          outcome,
          durationMs: performance.now() - started,
          retryCount: retry + (call.retryOffset ?? 0),
          tokenRefreshed: forceRefresh,
          requestHeaders: redactHeaders(attempt.headers),
          error,
        });
      } catch {
        // A failing log sink must not fail a banking call.
      }
    };
    try {
      const response = await settings.fetch(attempt, { signal: deadline.signal });
      const buffered = await bufferResponse(response, token);
      log('response', buffered.status);
      return buffered;
    } catch (error) {
      const context = { requestId: call.requestId, operationId: call.operationId };
      if (deadline.timedOut) {
        log('timeout', undefined, `timed out after ${call.timeoutMs} ms`);
        throw new SberTimeoutError(call.timeoutMs, context);
      }
      if (call.signal?.aborted) {
        log('aborted');
        throw new SberAbortError(context, call.signal.reason);
      }
      const summary = describeFailure(error);
      log('network-error', undefined, summary);
      throw new SberConnectionError(`could not reach the bank: ${summary}`, context, {
        cause: error,
      });
    } finally {
      deadline.dispose();
    }
  }

  async function attemptWithRefresh(request: Request, call: TransportCall, retry: number) {
    const response = await exchange(request, call, retry, false);
    if (response.status !== 401 || !tokens.canRefresh) return response;
    return exchange(request, call, retry, true);
  }

  return async (request, call) => {
    const context = { requestId: call.requestId, operationId: call.operationId };
    if (call.signal?.aborted) throw new SberAbortError(context, call.signal.reason);
    try {
      return await runWithRetries({
        policy: { ...settings.backoff, maxRetries: call.maxRetries },
        signal: call.signal,
        attempt: (retry) => attemptWithRefresh(request, call, retry),
        verdict: responseVerdict,
      });
    } catch (error) {
      throw asAbortError(error, call.signal, context);
    }
  };
}

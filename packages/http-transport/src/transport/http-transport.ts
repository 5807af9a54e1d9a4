import type { TokenSource } from '../auth/token-source.js';
import type { FetchFunction } from '../fetch-function.js';
import type { RequestLogger } from '../logging/request-log.js';
import { numericOptionProblem, numericOptionsProblem } from '../options/option-problems.js';
import { type Backoff, defaultBackoff } from '../retry/backoff.js';
import { parseRetryAfter } from '../retry/retry-after.js';
import type { RetryPolicy } from '../retry/retry-policy.js';
import { type RetryVerdict, runWithRetries, type Settled } from '../retry/run-with-retries.js';
import { type AttemptOutcome, type AttemptTools, runAttempt } from './attempt.js';
import { mutualTlsSender } from './mutual-tls-sender.js';
import { RequestDraft } from './request-draft.js';
import { customFetchSender, platformFetchSender, type Sender } from './send-function.js';
import { type TlsOptions, tlsOptionsProblem } from './tls-options.js';
import type { TransportCall } from './transport-call.js';
import type { TransportErrors } from './transport-errors.js';

/** What a transport is built from. */
export interface HttpTransportOptions {
  /** where bearer tokens come from */
  readonly tokens: TokenSource;
  /** which failed attempts are sent again */
  readonly retryPolicy: RetryPolicy;
  /** the waits between attempts; each field defaults to {@link defaultBackoff}'s */
  readonly backoff?: Partial<Backoff> | undefined;
  /** the client certificate for mutual TLS, presented by a dispatcher of the transport's own */
  readonly tls?: TlsOptions | undefined;
  /** a `fetch` to send every attempt through instead (a proxy, a tracer); not combinable with `tls` */
  readonly fetch?: FetchFunction | undefined;
  /** receives one event per HTTP exchange, credentials redacted */
  readonly logger?: RequestLogger | undefined;
  /** global expressions matching the API's tokens, removed from error bodies wherever they appear */
  readonly secretShapes?: readonly RegExp[] | undefined;
  /** the client's error classes for failures without an answer */
  readonly errors: TransportErrors;
}

/** A retrying `fetch` for openapi-fetch, and what openapi-fetch must build requests with. */
export interface HttpTransport {
  /** give it to openapi-fetch's `createClient({ Request })`: `send` reads what it builds cheaply */
  readonly Request: typeof Request;
  /** the backoff in force, defaults filled in */
  readonly backoff: Backoff;
  /**
   * Sends a request with retries; pass `(request) => transport.send(request, call)` as
   * openapi-fetch's per-call `fetch`. Resolves to the final response, whose body is already read;
   * rejects with the client's own errors when no answer arrived.
   */
  readonly send: (request: Request, call: TransportCall) => Promise<Response>;
  /** closes the connections of the TLS dispatcher, when the transport made one */
  readonly close: () => Promise<void>;
}

function senderFor(options: HttpTransportOptions): Sender {
  if (options.tls && options.fetch) {
    throw options.errors.configuration(
      'give either tls or fetch: a custom fetch bypasses the TLS dispatcher',
    );
  }
  if (options.fetch) return customFetchSender(options.fetch);
  if (!options.tls) return platformFetchSender();
  const problem = tlsOptionsProblem(options.tls);
  if (problem) throw options.errors.configuration(problem);
  return mutualTlsSender(options.tls);
}

/**
 * The `fetch` beneath openapi-fetch (which never retries): each attempt goes out with a fresh
 * token and its own timeout; failures the client's retry policy names are retried with backoff
 * and `Retry-After`; a 401 is answered once with a token fetched with `forceRefresh`.
 *
 * @example
 * ```ts
 * const transport = createHttpTransport({
 *   tokens: providedTokens(({ forceRefresh }) => session.accessToken({ forceRefresh })),
 *   retryPolicy: (attempt) => isIdempotentMethod(attempt.method) && isTransientFailure(attempt),
 *   errors: myClientErrors,
 * });
 * const api = createClient<paths>({ baseUrl, Request: transport.Request });
 * const call = { callId: crypto.randomUUID(), operationId: 'getMe', maxRetries: 2, timeoutMs: 30_000 };
 * const { data } = await api.GET('/v1/me', { fetch: (request) => transport.send(request, call) });
 * ```
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const { tokens, retryPolicy, errors } = options;
  const backoff = { ...defaultBackoff, ...definedFields(options.backoff) };
  const backoffProblem = numericOptionsProblem(backoff);
  if (backoffProblem) throw errors.configuration(`backoff.${backoffProblem}`);
  const sender = senderFor(options);
  const tools: AttemptTools = {
    send: sender.send,
    logger: options.logger,
    secretShapes: options.secretShapes ?? [],
  };

  /** The token of an attempt; a provider's plain string is used without waiting a tick. */
  function tokenFor(
    call: TransportCall,
    forceRefresh: boolean,
  ): string | Promise<string> | undefined {
    if (call.anonymous) return undefined;
    return tokens.get({ forceRefresh, signal: call.signal });
  }

  async function attemptWithRefresh(draft: RequestDraft, call: TransportCall, retry: number) {
    const supplied = tokenFor(call, false);
    const token = typeof supplied === 'object' ? await supplied : supplied;
    const outcome = await runAttempt({ draft, call, retry, token, tokenRefreshed: false }, tools);
    const refused = outcome.kind === 'response' && outcome.response.status === 401;
    if (!refused || call.anonymous || !tokens.canRefresh) return outcome;
    const refreshed = await tokenFor(call, true);
    return runAttempt({ draft, call, retry, token: refreshed, tokenRefreshed: true }, tools);
  }

  function verdict(method: string, settled: Settled<AttemptOutcome>): RetryVerdict | undefined {
    if ('error' in settled) return undefined;
    const outcome = settled.value;
    if (outcome.kind === 'aborted') return undefined;
    if (outcome.kind === 'network' && outcome.local) return undefined;
    if (outcome.kind !== 'response') {
      return retryPolicy({ method, failure: outcome.kind })
        ? { retryAfterMs: undefined }
        : undefined;
    }
    const { ok, status, headers } = outcome.response;
    if (ok || !retryPolicy({ method, status })) return undefined;
    return { retryAfterMs: parseRetryAfter(headers.get('retry-after')) };
  }

  async function send(request: Request, call: TransportCall): Promise<Response> {
    if (call.signal?.aborted) throw errors.aborted(call, call.signal.reason);
    const callProblem =
      numericOptionProblem('timeoutMs', call.timeoutMs) ??
      numericOptionProblem('maxRetries', call.maxRetries);
    if (callProblem) throw errors.configuration(callProblem);
    let outcome: AttemptOutcome;
    try {
      // openapi-fetch builds drafts (see `Request` below); only a caller's own Request is read.
      const draft = request instanceof RequestDraft ? request : await RequestDraft.of(request);
      outcome = await runWithRetries({
        backoff,
        maxRetries: call.maxRetries,
        signal: call.signal,
        attempt: (retry) => attemptWithRefresh(draft, call, retry),
        verdict: (settled) => verdict(draft.method, settled),
      });
    } catch (error) {
      // An abort during a wait or a token refresh rejects with whatever the signal or provider
      // chose; callers get the client's abort error instead.
      if (call.signal?.aborted) throw errors.aborted(call, call.signal.reason);
      throw error;
    }
    switch (outcome.kind) {
      case 'response':
        return outcome.response;
      case 'timeout':
        throw errors.timeout(call.timeoutMs, call);
      case 'network':
        throw errors.connection(outcome.summary, call, outcome.cause);
      case 'aborted':
        throw errors.aborted(call, call.signal?.reason);
    }
  }

  return {
    Request: RequestDraft as unknown as typeof Request,
    backoff,
    send,
    close: sender.close,
  };
}

function definedFields<T extends object>(value: Partial<T> | undefined): Partial<T> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}

export {
  fixedToken,
  providedTokens,
  type TokenProvider,
  type TokenRequest,
  type TokenSource,
} from './auth/token-source.js';
export { bodyField, nonEmptyText } from './body-fields.js';
export type { FetchFunction } from './fetch-function.js';
export { REDACTED, redactHeaders, redactSecrets } from './logging/redaction.js';
export type { ExchangeOutcome, RequestLogEvent, RequestLogger } from './logging/request-log.js';
export {
  baseUrlProblem,
  MAX_RETRIES,
  MAX_TIMER_MS,
  type NumericOption,
  numericOptionProblem,
  numericOptionsProblem,
  optionRanges,
} from './options/option-problems.js';
export {
  type ErrorResponseFacts,
  errorResponseFacts,
} from './response/error-response-facts.js';
export { parseRateLimit, type RateLimit } from './response/rate-limit.js';
export {
  REQUEST_ID_HEADER,
  type ResponseMeta,
  responseMetaOf,
} from './response/response-meta.js';
export { ResponsePromise, type WithResponse } from './response/response-promise.js';
export { abortableDelay } from './retry/abortable-delay.js';
export {
  type Backoff,
  defaultBackoff,
  RETRY_AFTER_JITTER,
  retryDelayMs,
} from './retry/backoff.js';
export { parseRetryAfter } from './retry/retry-after.js';
export {
  type FailedAttempt,
  isIdempotentMethod,
  isTransientFailure,
  type RetryPolicy,
} from './retry/retry-policy.js';
export {
  type RetryLoop,
  type RetryVerdict,
  runWithRetries,
  type Settled,
} from './retry/run-with-retries.js';
export { BODY_TOO_LARGE, readBodyAtMost } from './server/capped-body.js';
export type { CallOptions } from './transport/call-options.js';
export {
  createHttpTransport,
  type HttpTransport,
  type HttpTransportOptions,
} from './transport/http-transport.js';
export type { TlsOptions } from './transport/tls-options.js';
export type { CallIdentity, TransportCall } from './transport/transport-call.js';
export type { TransportErrors } from './transport/transport-errors.js';
export { withDeadline } from './transport/with-deadline.js';

import type { RateLimit } from '@devportal/http-transport';
import type { BankFaultCause, FaultCheck } from '../bank-types.js';
import { SberError } from './sber-error.js';

/** Everything known about an error answer of the bank, after secrets were removed. */
export interface BankFault {
  readonly status: number;
  /** the bank's cause code (the body's `cause`); absent when the body carried none */
  readonly code: BankFaultCause | undefined;
  readonly referenceId: string | undefined;
  /** the bank's own message */
  readonly bankMessage: string | undefined;
  readonly checks: readonly FaultCheck[];
  readonly fieldNames: readonly string[];
  readonly method: string;
  readonly path: string;
  /** the URL called, when a request went out */
  readonly url?: string | undefined;
  /** the response headers, names in lower case, cookies redacted; empty when nothing was sent */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** the server's id of the request (`x-request-id`, sent by the cards gateway) */
  readonly requestId?: string | undefined;
  /** the client's id of the logical call, shared by its retries */
  readonly callId?: string | undefined;
  readonly operationId?: string | undefined;
  /** the scope the operation needs (`x-scope` in the spec) */
  readonly scope?: string | null | undefined;
  /** the wait the bank asked for in `Retry-After`, in milliseconds */
  readonly retryAfterMs?: number | undefined;
  /** the `RateLimit` headers of the answer, when it carried any */
  readonly rateLimit?: RateLimit | undefined;
  /** set when the client found the problem itself and sent nothing */
  readonly detectedBy?: 'bank' | 'client' | undefined;
}

/**
 * A 404 without the bank's error body came from something else than the bank's API (a web
 * server, another API): most often the base URL is wrong.
 */
function wrongPlaceHint(fault: BankFault): string {
  if (fault.status !== 404 || fault.code !== undefined || fault.detectedBy === 'client') return '';
  const called = fault.url ? ` (called ${fault.url})` : '';
  return `the answer is not a bank error; check the client's environment or base URL${called}`;
}

function describe(fault: BankFault, detail: string): string {
  const where =
    fault.detectedBy === 'client'
      ? `found before sending ${fault.method} ${fault.path}`
      : `HTTP ${fault.status} on ${fault.method} ${fault.path}`;
  const reference = fault.referenceId ? `, referenceId ${fault.referenceId}` : '';
  const requestId = fault.requestId ? `, requestId ${fault.requestId}` : '';
  const text = [fault.bankMessage, detail, wrongPlaceHint(fault)].filter(Boolean).join('; ');
  return `${fault.code ?? 'bank error'}: ${text || 'no message'} (${where}${reference}${requestId})`;
}

/**
 * The bank answered with an error. Subclasses name the cause; this class covers the rest.
 * `cause` is left to the standard meaning (an underlying error) and stays unset here.
 */
export class SberApiError extends SberError {
  override readonly name: string = 'SberApiError';
  readonly status: number;
  /** the bank's cause code (`VALIDATION_FAULT`, `NOT_FOUND`, …), from the body's `cause` */
  readonly code: BankFaultCause | undefined;
  /** the response headers, names in lower case, cookies redacted */
  readonly headers: Readonly<Record<string, string>>;
  /** the server's id of the request (`x-request-id`), to quote to the gateway's operators */
  readonly requestId: string | undefined;
  /** the bank's id of this error, to quote to its support */
  readonly referenceId: string | undefined;
  readonly bankMessage: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(fault: BankFault, detail = '') {
    super(describe(fault, detail), fault);
    this.status = fault.status;
    this.code = fault.code;
    this.headers = fault.headers ?? {};
    this.requestId = fault.requestId;
    this.referenceId = fault.referenceId;
    this.bankMessage = fault.bankMessage;
    this.retryAfterMs = fault.retryAfterMs;
  }
}

/** HTTP 400: the bank refused the request as written; `fieldNames` and `checks` say why. */
export class SberBadRequestError extends SberApiError {
  override readonly name: string = 'SberBadRequestError';
  readonly fieldNames: readonly string[];
  readonly checks: readonly FaultCheck[];

  constructor(fault: BankFault) {
    super(
      fault,
      fault.checks
        .map((check) => check.message)
        .filter(Boolean)
        .join('; '),
    );
    this.fieldNames = fault.fieldNames;
    this.checks = fault.checks;
  }
}

/**
 * `VALIDATION_FAULT`: values break the contract. Also thrown before sending when client-side
 * validation finds the same problems (`detectedBy: 'client'`).
 */
export class SberValidationError extends SberBadRequestError {
  override readonly name: string = 'SberValidationError';
  /** `client` when client-side validation refused the request before it was sent */
  readonly detectedBy: 'bank' | 'client';

  constructor(fault: BankFault) {
    super(fault);
    this.detectedBy = fault.detectedBy ?? 'bank';
  }
}

/** `DESERIALIZATION_FAULT`: the bank could not read the request (malformed JSON, wrong types). */
export class SberDeserializationError extends SberBadRequestError {
  override readonly name: string = 'SberDeserializationError';
}

/** `UNAUTHORIZED` (401): the access token is unknown or expired, even after a refresh. */
export class SberUnauthorizedError extends SberApiError {
  override readonly name: string = 'SberUnauthorizedError';
}

/** `ACTION_ACCESS_EXCEPTION` (403): the token was issued without the scope the operation needs. */
export class SberAccessDeniedError extends SberApiError {
  override readonly name: string = 'SberAccessDeniedError';
  /** the scope to add when the user authorizes again (e.g. `BUSINESS_CARD_LIMIT`) */
  readonly missingScope: string | undefined;

  constructor(fault: BankFault) {
    super(fault, fault.scope ? `the access token needs scope ${fault.scope}` : '');
    this.missingScope = fault.scope ?? undefined;
  }
}

/** `NOT_FOUND` (404): no card or document with that identifier. */
export class SberNotFoundError extends SberApiError {
  override readonly name: string = 'SberNotFoundError';
}

/** `UNKNOWN_EXCEPTION` (500): the bank failed; retried before it reaches you. */
export class SberServerError extends SberApiError {
  override readonly name: string = 'SberServerError';
}

/**
 * HTTP 429: too many calls; the cards gateway answers so when an application's plan is spent
 * (with the body's cause `UNAVAILABLE_RESOURCE_EXCEPTION`). Retried after `retryAfterMs` (plus
 * up to a fifth) while retries remain and the wait is within `backoff.maxRetryAfterMs`.
 */
export class SberRateLimitError extends SberApiError {
  override readonly name: string = 'SberRateLimitError';
  /** calls allowed in the window (`RateLimit-Limit`) */
  readonly limit: number | undefined;
  /** calls left in the window (`RateLimit-Remaining`) */
  readonly remaining: number | undefined;
  /** milliseconds until the window resets (`RateLimit-Reset`) */
  readonly resetMs: number | undefined;
  /** `RateLimit-Policy` as sent */
  readonly policy: string | undefined;

  constructor(fault: BankFault) {
    const wait = fault.retryAfterMs === undefined ? '' : `retry after ${fault.retryAfterMs} ms`;
    super(fault, wait);
    this.limit = fault.rateLimit?.limit;
    this.remaining = fault.rateLimit?.remaining;
    this.resetMs = fault.rateLimit?.resetMs;
    this.policy = fault.rateLimit?.policy;
  }
}

/** `UNAVAILABLE_RESOURCE_EXCEPTION` (503): the bank is unavailable; retried before it reaches you. */
export class SberUnavailableError extends SberApiError {
  override readonly name: string = 'SberUnavailableError';
}

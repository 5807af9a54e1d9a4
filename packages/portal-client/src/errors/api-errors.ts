import type { RateLimit } from '@devportal/http-transport';
import type { FieldError } from '../portal-types.js';
import { PortalError } from './portal-error.js';

/** Everything known of a problem-details answer of the portal. */
export interface ProblemFacts {
  readonly status: number;
  /** the portal's machine-readable code, e.g. `last_owner` */
  readonly code: string | undefined;
  /** the portal's id of the request (`x-request-id`), to quote to its support */
  readonly requestId: string | undefined;
  /** the response headers, names in lower case, cookies redacted */
  readonly headers: Readonly<Record<string, string>>;
  /** the `RateLimit` headers of the answer, when it carried any */
  readonly rateLimit: RateLimit | undefined;
  /** the URL called */
  readonly url: string;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  /** a URI reference naming the kind of problem */
  readonly type: string | undefined;
  readonly errors: readonly FieldError[];
  /** the wait the portal asked for in `Retry-After`, in milliseconds */
  readonly retryAfterMs: number | undefined;
  readonly method: string;
  readonly path: string;
  readonly callId: string;
  readonly operationId: string;
}

/**
 * A 404 without a problem body came from something else than the portal's API (a web server,
 * a static site): most often the base URL is wrong.
 */
function wrongPlaceHint(problem: ProblemFacts): string | undefined {
  if (problem.status !== 404 || problem.code !== undefined || problem.title !== undefined) {
    return undefined;
  }
  return `the answer is not a problem of the portal's API; check the client's baseUrl (called ${problem.url})`;
}

function describe(problem: ProblemFacts): string {
  const text =
    [problem.title, problem.detail, wrongPlaceHint(problem)].filter(Boolean).join(': ') ||
    'no detail';
  const code = problem.code ? ` ${problem.code}` : '';
  const reference = problem.requestId ? `, requestId ${problem.requestId}` : '';
  return `HTTP ${problem.status}${code}: ${text} (${problem.method} ${problem.path}${reference})`;
}

/** The portal answered with a problem. Subclasses name the status family; this covers the rest. */
export class PortalApiError extends PortalError {
  override readonly name: string = 'PortalApiError';
  readonly status: number;
  readonly code: string | undefined;
  /** the portal's id of the request (`x-request-id`), to quote to its support */
  readonly requestId: string | undefined;
  /** the response headers, names in lower case, cookies redacted */
  readonly headers: Readonly<Record<string, string>>;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  /** the offending fields; filled for validation problems */
  readonly errors: readonly FieldError[];
  readonly retryAfterMs: number | undefined;

  constructor(problem: ProblemFacts) {
    super(describe(problem), { callId: problem.callId, operationId: problem.operationId });
    this.status = problem.status;
    this.code = problem.code;
    this.requestId = problem.requestId;
    this.headers = problem.headers;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors;
    this.retryAfterMs = problem.retryAfterMs;
  }
}

/** 400: the request breaks the contract; `errors` names the offending fields. */
export class PortalValidationError extends PortalApiError {
  override readonly name: string = 'PortalValidationError';
}

/** 401: no valid token of a person, even after a refresh. */
export class PortalUnauthenticatedError extends PortalApiError {
  override readonly name: string = 'PortalUnauthenticatedError';
}

/** 403: the caller's role in the organisation does not allow the action. */
export class PortalForbiddenError extends PortalApiError {
  override readonly name: string = 'PortalForbiddenError';
}

/** 404: no such resource, or one of an organisation the caller is not in. */
export class PortalNotFoundError extends PortalApiError {
  override readonly name: string = 'PortalNotFoundError';
}

/** 409: the change would break an invariant (e.g. the last Owner) or raced another change. */
export class PortalConflictError extends PortalApiError {
  override readonly name: string = 'PortalConflictError';
}

/**
 * 429: not now; `retryAfterMs` says when, e.g. while a status sync of the organisation runs.
 * Idempotent calls were retried after it (plus up to a fifth) first.
 */
export class PortalRateLimitError extends PortalApiError {
  override readonly name: string = 'PortalRateLimitError';
  /** calls allowed in the window (`RateLimit-Limit`) */
  readonly limit: number | undefined;
  /** calls left in the window (`RateLimit-Remaining`) */
  readonly remaining: number | undefined;
  /** milliseconds until the window resets (`RateLimit-Reset`) */
  readonly resetMs: number | undefined;
  /** `RateLimit-Policy` as sent */
  readonly policy: string | undefined;

  constructor(problem: ProblemFacts) {
    super(problem);
    this.limit = problem.rateLimit?.limit;
    this.remaining = problem.rateLimit?.remaining;
    this.resetMs = problem.rateLimit?.resetMs;
    this.policy = problem.rateLimit?.policy;
  }
}

/** 5xx: the portal (or the bank behind it, 502) failed; idempotent calls were retried first. */
export class PortalServerError extends PortalApiError {
  override readonly name: string = 'PortalServerError';
}

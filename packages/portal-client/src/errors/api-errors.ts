import type { FieldError } from '../portal-types.js';
import { PortalError } from './portal-error.js';

/** Everything known of a problem-details answer of the portal. */
export interface ProblemFacts {
  readonly status: number;
  /** the portal's machine-readable code, e.g. `last_owner` */
  readonly code: string | undefined;
  /** the portal's id of the request, to quote to its support */
  readonly requestId: string | undefined;
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

function describe(problem: ProblemFacts): string {
  const text = [problem.title, problem.detail].filter(Boolean).join(': ') || 'no detail';
  const code = problem.code ? ` ${problem.code}` : '';
  const reference = problem.requestId ? `, requestId ${problem.requestId}` : '';
  return `HTTP ${problem.status}${code}: ${text} (${problem.method} ${problem.path}${reference})`;
}

/** The portal answered with a problem. Subclasses name the status family; this covers the rest. */
export class PortalApiError extends PortalError {
  override readonly name: string = 'PortalApiError';
  readonly status: number;
  readonly code: string | undefined;
  readonly requestId: string | undefined;
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

/** 429: not now; `retryAfterMs` says when, e.g. while a status sync of the organisation runs. */
export class PortalRateLimitError extends PortalApiError {
  override readonly name: string = 'PortalRateLimitError';
}

/** 5xx: the portal (or the bank behind it, 502) failed; idempotent calls were retried first. */
export class PortalServerError extends PortalApiError {
  override readonly name: string = 'PortalServerError';
}

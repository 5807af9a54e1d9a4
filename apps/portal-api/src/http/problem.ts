import type { components } from '../generated/portal.js';

/** One offending field of a request (`body.name`, `query.limit`, `path.orgId`). */
export type FieldError = components['schemas']['FieldError'];

/** A machine code the contract lists; every code the API answers with must be one of them. */
export type ProblemCode = components['schemas']['ProblemCode'];

/** A problem as the contract's `Problem` words it (RFC 9457), before the request's facts. */
export interface ProblemFacts {
  readonly status: number;
  /** A stable machine code: the domain's error code or one of {@link HTTP_PROBLEMS}. */
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  /** Extra response headers, e.g. `Allow` for 405 or `WWW-Authenticate` for 401. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The problem-details document of the contract, with what the portal always says in it. */
export type ProblemDocument = components['schemas']['Problem'] &
  Required<Pick<components['schemas']['Problem'], 'instance' | 'code' | 'requestId'>>;

/** The HTTP-level problems (the domain's are in its error catalogue). */
export const HTTP_PROBLEMS = {
  unauthenticated: { status: 401, title: 'Sign in: a valid bearer token of a person is required' },
  invalid_request: { status: 400, title: 'The request breaks the contract' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unsupported_media_type: { status: 415, title: 'The request body must be application/json' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  route_not_found: { status: 404, title: 'No such resource' },
  method_not_allowed: { status: 405, title: 'The resource does not support this method' },
  bank_authorization_not_found: {
    status: 404,
    title: 'This bank authorization is unknown, used already or expired; start again',
  },
  bank_authorization_refused: {
    status: 502,
    title: 'The bank did not grant the authorization',
  },
  status_sync_failed: {
    status: 502,
    title: 'The status sync could not be started; the schedule will run it, or retry later',
  },
  sync_run_busy: {
    status: 429,
    title:
      'A status sync of this organisation is running or has just started; retry after Retry-After seconds',
  },
  internal_error: { status: 500, title: 'Something went wrong on our side; retry later' },
} as const satisfies Record<string, { status: number; title: string }>;

/** A code of {@link HTTP_PROBLEMS}. */
export type HttpProblemCode = keyof typeof HTTP_PROBLEMS;

/** The facts of the HTTP-level problem `code`. */
export function httpProblem(
  code: HttpProblemCode,
  more: Pick<ProblemFacts, 'detail' | 'errors' | 'headers'> = {},
): ProblemFacts {
  return { ...HTTP_PROBLEMS[code], code, ...more };
}

/**
 * A problem thrown inside the request pipeline and answered as problem details. A 5xx problem's
 * `cause` is logged, never answered.
 */
export class ProblemError extends Error {
  constructor(
    readonly facts: ProblemFacts,
    options?: ErrorOptions,
  ) {
    super(facts.detail ?? facts.title, options);
    this.name = 'ProblemError';
  }
}

/** The URI naming the kind of problem `code` (a URN: nothing to dereference, stable forever). */
export function problemType(code: ProblemCode): string {
  return `urn:devportal:problem:${code}`;
}

/** The document answering `facts` for the request at `instance`. */
export function problemDocument(
  facts: ProblemFacts,
  instance: string,
  requestId: string,
): ProblemDocument {
  return {
    type: problemType(facts.code),
    title: facts.title,
    status: facts.status,
    ...(facts.detail !== undefined && { detail: facts.detail }),
    instance,
    code: facts.code,
    requestId,
    ...(facts.errors !== undefined && { errors: [...facts.errors] }),
  };
}

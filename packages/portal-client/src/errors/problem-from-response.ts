import { bodyField, nonEmptyText, parseRetryAfter } from '@devportal/http-transport';
import type { FieldError } from '../portal-types.js';
import type { ProblemFacts } from './api-errors.js';

/** Where the problem came from. */
export interface ProblemContext {
  readonly method: string;
  readonly path: string;
  readonly callId: string;
  readonly operationId: string;
}

function fieldErrorsOf(value: unknown): FieldError[] {
  return Array.isArray(value)
    ? value.filter(
        (entry): entry is FieldError =>
          typeof bodyField(entry, 'field') === 'string' &&
          typeof bodyField(entry, 'message') === 'string',
      )
    : [];
}

/**
 * Reads a problem-details body defensively: a gateway or proxy in front of the portal may answer
 * with HTML or nothing, and that must still become a typed error. The portal's request id comes
 * from the body, else from the `x-request-id` header.
 */
export function problemFromResponse(
  response: Response,
  body: unknown,
  context: ProblemContext,
): ProblemFacts {
  return {
    ...context,
    status: response.status,
    code: nonEmptyText(bodyField(body, 'code')),
    requestId:
      nonEmptyText(bodyField(body, 'requestId')) ??
      response.headers.get('x-request-id') ??
      undefined,
    title: nonEmptyText(bodyField(body, 'title')),
    detail: nonEmptyText(bodyField(body, 'detail')),
    type: nonEmptyText(bodyField(body, 'type')),
    errors: fieldErrorsOf(bodyField(body, 'errors')),
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
  };
}

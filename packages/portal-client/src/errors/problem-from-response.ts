import { bodyField, errorResponseFacts, nonEmptyText } from '@devportal/http-transport';
import type { FieldError } from '../portal-types.js';
import type { ProblemFacts } from './api-errors.js';

/** Where the problem came from. */
export interface ProblemContext {
  readonly method: string;
  readonly path: string;
  /** the URL called, when the response does not tell it */
  readonly url: string;
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
 * from the `x-request-id` header, else from the body (the two agree when both are sent).
 */
export function problemFromResponse(
  response: Response,
  body: unknown,
  context: ProblemContext,
): ProblemFacts {
  const facts = errorResponseFacts(response, context.url);
  return {
    ...context,
    ...facts,
    requestId: facts.requestId ?? nonEmptyText(bodyField(body, 'requestId')),
    code: nonEmptyText(bodyField(body, 'code')),
    title: nonEmptyText(bodyField(body, 'title')),
    detail: nonEmptyText(bodyField(body, 'detail')),
    type: nonEmptyText(bodyField(body, 'type')),
    errors: fieldErrorsOf(bodyField(body, 'errors')),
  };
}

import {
  PortalApiError,
  PortalConflictError,
  PortalForbiddenError,
  PortalNotFoundError,
  PortalRateLimitError,
  PortalServerError,
  PortalUnauthenticatedError,
  PortalValidationError,
  type ProblemFacts,
} from './api-errors.js';

/** A status family of the spec's problem responses and the class thrown for it. */
export interface ProblemFamily {
  /** the statuses of the family, e.g. 500 to 599 */
  readonly from: number;
  readonly to: number;
  readonly errorClass: new (problem: ProblemFacts) => PortalApiError;
}

/** The spec's error responses, declared once; a status outside them is a plain `PortalApiError`. */
export const problemCatalogue: readonly ProblemFamily[] = [
  { from: 400, to: 400, errorClass: PortalValidationError },
  { from: 401, to: 401, errorClass: PortalUnauthenticatedError },
  { from: 403, to: 403, errorClass: PortalForbiddenError },
  { from: 404, to: 404, errorClass: PortalNotFoundError },
  { from: 409, to: 409, errorClass: PortalConflictError },
  { from: 429, to: 429, errorClass: PortalRateLimitError },
  { from: 500, to: 599, errorClass: PortalServerError },
];

/** The error to throw for a problem, by its status family. */
export function errorForProblem(problem: ProblemFacts): PortalApiError {
  const family = problemCatalogue.find(
    (candidate) => problem.status >= candidate.from && problem.status <= candidate.to,
  );
  return family ? new family.errorClass(problem) : new PortalApiError(problem);
}

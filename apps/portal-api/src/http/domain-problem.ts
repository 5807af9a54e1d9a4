import { type DomainError, type DomainErrorKind, ERROR_CATALOGUE } from '@devportal/portal-domain';
import type { ProblemFacts } from './problem.js';

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

/** The problem answering a refusal by a domain rule: its kind decides the status. */
export function domainProblem(error: DomainError): ProblemFacts {
  return {
    status: STATUS_OF_KIND[error.kind],
    code: error.code,
    title: ERROR_CATALOGUE[error.code].title,
    detail: error.message,
  };
}

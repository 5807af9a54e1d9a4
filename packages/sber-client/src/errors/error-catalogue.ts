import type { BankFaultCause } from '../bank-types.js';
import {
  type BankFault,
  SberAccessDeniedError,
  SberApiError,
  SberDeserializationError,
  SberNotFoundError,
  SberRateLimitError,
  SberServerError,
  SberUnauthorizedError,
  SberUnavailableError,
  SberValidationError,
} from './api-errors.js';

/** One cause of the bank's error model and the class the client throws for it. */
export interface CatalogueEntry {
  readonly cause: BankFaultCause;
  readonly status: number;
  readonly errorClass: new (fault: BankFault) => SberApiError;
}

/** The bank's error model (seed and spec), declared once; the first entry of a status is its default. */
export const errorCatalogue: readonly CatalogueEntry[] = [
  { cause: 'VALIDATION_FAULT', status: 400, errorClass: SberValidationError },
  { cause: 'DESERIALIZATION_FAULT', status: 400, errorClass: SberDeserializationError },
  { cause: 'UNAUTHORIZED', status: 401, errorClass: SberUnauthorizedError },
  { cause: 'ACTION_ACCESS_EXCEPTION', status: 403, errorClass: SberAccessDeniedError },
  { cause: 'NOT_FOUND', status: 404, errorClass: SberNotFoundError },
  { cause: 'UNKNOWN_EXCEPTION', status: 500, errorClass: SberServerError },
  { cause: 'UNAVAILABLE_RESOURCE_EXCEPTION', status: 503, errorClass: SberUnavailableError },
];

/**
 * The error to throw for a fault: a 429 is a rate limit whatever its body names (the gateway
 * sends `UNAVAILABLE_RESOURCE_EXCEPTION` with it); otherwise by the cause when the bank named
 * one, else by the status.
 */
export function errorForFault(fault: BankFault): SberApiError {
  if (fault.status === 429) return new SberRateLimitError(fault);
  const entry =
    errorCatalogue.find((candidate) => candidate.cause === fault.code) ??
    errorCatalogue.find((candidate) => candidate.status === fault.status);
  return entry ? new entry.errorClass(fault) : new SberApiError(fault);
}

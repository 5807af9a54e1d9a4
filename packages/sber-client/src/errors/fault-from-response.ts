import { bodyField, errorResponseFacts, nonEmptyText } from '@devportal/http-transport';
import type { BankFaultCause, FaultCheck } from '../bank-types.js';
import type { BankFault } from './api-errors.js';

/** Where the failed call went, for the error's message and fields. */
export interface FaultContext {
  readonly method: string;
  readonly path: string;
  /** the URL called, for the message of an answer that did not come from the bank */
  readonly url: string;
  readonly callId: string;
  readonly operationId: string;
  readonly scope: string | null;
}

function checksOf(value: unknown): FaultCheck[] {
  return Array.isArray(value)
    ? value.filter((check): check is FaultCheck => typeof check === 'object' && check !== null)
    : [];
}

function fieldNamesOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : [];
}

/**
 * Reads the bank's error body (`ResourceFault` or `Notice`) defensively: a proxy in front of the
 * bank may answer with HTML or nothing, and that must still become a typed error.
 */
export function faultFromResponse(
  response: Response,
  body: unknown,
  context: FaultContext,
): BankFault {
  return {
    ...context,
    ...errorResponseFacts(response, context.url),
    code: nonEmptyText(bodyField(body, 'cause')) as BankFaultCause | undefined,
    referenceId: nonEmptyText(bodyField(body, 'referenceId')),
    bankMessage: nonEmptyText(bodyField(body, 'message')),
    checks: checksOf(bodyField(body, 'checks')),
    fieldNames: fieldNamesOf(bodyField(body, 'fieldNames')),
  };
}

import {
  type OperationContract,
  operationContracts,
  validateRequest,
} from '@devportal/sber-client';
import type { BankAnswer } from './bank-answer.js';
import type { BankOperationId } from './bank-operations.js';
import { validationFault } from './bank-refusal.js';

/** The method, path and query the bank receives for a call. */
export interface UpstreamTarget {
  readonly method: string;
  /** below the contour's base URL */
  readonly pathAndQuery: string;
}

/**
 * The bank request of a call, rebuilt from the operation the router matched, never copied from
 * the incoming URL: path parameters checked against the spec's schema (card ids and externalIds
 * are UUIDs) and re-encoded, and only the operation's declared query parameters, each at most
 * once. So an encoded separator (`%2F`, `%5C`), a `..` or a parameter the bank does not declare
 * never reaches the bank; the caller gets the bank's `400 VALIDATION_FAULT` instead.
 *
 * @param params the path's parameters as the router decoded them
 */
export function upstreamTarget(
  operationId: BankOperationId,
  params: Readonly<Record<string, string>>,
  url: URL,
): UpstreamTarget | { readonly refused: BankAnswer } {
  const contract: OperationContract = operationContracts[operationId];
  const pathParameters = contract.parameters.filter((parameter) => parameter.in === 'path');
  const { fieldNames, checks } = validateRequest(
    { ...contract, parameters: pathParameters, body: null },
    { path: params },
  );
  const declaredQuery = new Set(
    contract.parameters.filter((parameter) => parameter.in === 'query').map(({ name }) => name),
  );
  for (const name of new Set(url.searchParams.keys())) {
    const problem = !declaredQuery.has(name)
      ? 'is not a parameter of this operation'
      : url.searchParams.getAll(name).length > 1
        ? 'may be given once'
        : undefined;
    if (problem) {
      fieldNames.push(name);
      checks.push({ level: 'ERROR', message: `${name} ${problem}`, fields: [name] });
    }
  }
  if (fieldNames.length > 0) {
    return {
      refused: validationFault(checks.map(({ message }) => message).join('; '), fieldNames),
    };
  }
  const path = contract.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  const query = [...declaredQuery].flatMap((name) => {
    const value = url.searchParams.get(name);
    // A comma stays a comma: it separates the items of the bank's form-style lists (`statusCodes`).
    return value === null
      ? []
      : [`${encodeURIComponent(name)}=${value.split(',').map(encodeURIComponent).join(',')}`];
  });
  return {
    method: contract.method,
    pathAndQuery: query.length > 0 ? `${path}?${query.join('&')}` : path,
  };
}

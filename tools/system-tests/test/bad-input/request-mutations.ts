import type { Contract } from '@devportal/openapi-contract';
import fc from 'fast-check';
import { fillPath, type PathIds } from '../support/valid-portal-requests.js';
import { hostileJson, hostileString, hugeNumberText, RAW_BODIES } from './hostile-values.js';

/** A request an operation accepts: what the mutations start from. */
export interface ValidRequest {
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  readonly ids: PathIds;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: Readonly<Record<string, unknown>>;
}

/** One way of breaking a valid request. */
export type Mutation =
  | { readonly kind: 'path'; readonly name: string; readonly value: string }
  | { readonly kind: 'query'; readonly name: string; readonly value: string }
  | { readonly kind: 'field'; readonly name: string; readonly value: unknown }
  | { readonly kind: 'raw'; readonly index: number };

/** The request on the wire. */
export interface WireRequest {
  readonly method: string;
  /** path and query, to append to the API's base URL */
  readonly pathAndQuery: string;
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
}

interface Parameter {
  readonly name: string;
  readonly in: string;
}

/** The parameters the contract declares for an operation (path-level and its own, `$ref`s followed). */
function parametersOf(contract: Contract, operationId: string): Parameter[] {
  const { pathTemplate, definition } = contract.operationById(operationId);
  const paths = contract.document.paths as Record<string, Record<string, unknown>>;
  const components = (contract.document.components ?? {}) as {
    parameters?: Record<string, Parameter>;
  };
  const declared = [
    ...((paths[pathTemplate]?.parameters as unknown[]) ?? []),
    ...((definition.parameters as unknown[]) ?? []),
  ];
  return declared.map((parameter) => {
    const ref = (parameter as { $ref?: string }).$ref;
    const resolved = ref ? components.parameters?.[ref.split('/').pop() as string] : parameter;
    return resolved as Parameter;
  });
}

/** Every way of breaking `valid`, or `undefined` when it takes no input to break. */
export function mutationsOf(
  contract: Contract,
  valid: ValidRequest,
): fc.Arbitrary<Mutation> | undefined {
  const parameters = parametersOf(contract, valid.operationId);
  const paths = parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const queries = parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const choices: fc.Arbitrary<Mutation>[] = [];
  if (paths.length > 0) {
    choices.push(
      fc.record({
        kind: fc.constant('path' as const),
        name: fc.constantFrom(...paths),
        value: hostileString,
      }),
    );
  }
  if (queries.length > 0) {
    choices.push(
      fc.record({
        kind: fc.constant('query' as const),
        name: fc.constantFrom(...queries),
        value: fc.oneof(hostileString, hugeNumberText),
      }),
    );
  }
  if (valid.body) {
    const fields = [...Object.keys(valid.body), '__proto__', 'constructor', 'isAdmin'];
    choices.push(
      fc.record({
        kind: fc.constant('field' as const),
        name: fc.constantFrom(...fields),
        value: hostileJson,
      }),
      fc.record({
        kind: fc.constant('raw' as const),
        index: fc.nat({ max: RAW_BODIES.length - 1 }),
      }),
    );
  }
  return choices.length > 0 ? fc.oneof(...choices) : undefined;
}

/** `valid` with `mutation` applied, as sent. */
export function wireRequest(valid: ValidRequest, mutation: Mutation): WireRequest {
  const ids =
    mutation.kind === 'path' ? { ...valid.ids, [mutation.name]: mutation.value } : valid.ids;
  const query = new URLSearchParams(valid.query);
  if (mutation.kind === 'query') query.set(mutation.name, mutation.value);
  const search = query.size > 0 ? `?${query}` : '';
  const pathAndQuery = `${fillPath(valid.pathTemplate, ids)}${search}`;
  if (mutation.kind === 'raw') {
    const raw = RAW_BODIES[mutation.index] as (typeof RAW_BODIES)[number];
    return { method: valid.method, pathAndQuery, body: raw.body, contentType: raw.contentType };
  }
  if (!valid.body) return { method: valid.method, pathAndQuery };
  const body: Record<string, unknown> = { ...valid.body };
  if (mutation.kind === 'field') {
    // defineProperty: an assignment to `__proto__` would set the prototype instead of a key.
    Object.defineProperty(body, mutation.name, { value: mutation.value, enumerable: true });
  }
  return {
    method: valid.method,
    pathAndQuery,
    body: JSON.stringify(body),
    contentType: 'application/json',
  };
}

/**
 * Whether the contract refuses the mutated request (raw bodies always are refused). A mutation
 * that happens to produce a valid request (a unicode name is a fine name) is not an attack the
 * API must refuse, and sending it would write.
 */
export function breaksContract(
  contract: Contract,
  valid: ValidRequest,
  mutation: Mutation,
): boolean {
  if (mutation.kind === 'raw') return true;
  const wire = wireRequest(valid, mutation);
  const url = new URL(wire.pathAndQuery, 'http://contract');
  const ids =
    mutation.kind === 'path' ? { ...valid.ids, [mutation.name]: mutation.value } : valid.ids;
  const body = typeof wire.body === 'string' ? JSON.parse(wire.body) : undefined;
  const pathParams = Object.fromEntries(
    parametersOf(contract, valid.operationId)
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, ids[p.name] as string]),
  );
  return (
    contract.validateRequest(valid.operationId, {
      path: pathParams,
      query: url.searchParams,
      ...(body !== undefined && { body }),
    }).length > 0
  );
}

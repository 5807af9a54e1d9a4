import type { Actor, OrganisationScope, PageRequest } from '@devportal/portal-domain';
import type { Person } from '../auth/person.js';
import type { PortalOperationId } from '../generated/portal-spec.js';

/** What a handler answers: a status and, unless it is 204, a JSON body. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  /** Headers the contract declares for the answer (`Location`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A request that passed authentication, validation and the role matrix. */
export interface OperationCall {
  readonly person: Person;
  readonly actor: Actor;
  /** The caller's organisation and membership, on operations governed by `x-action`. */
  readonly scope: OrganisationScope | undefined;
  /** Path parameters, validated against the contract. */
  readonly path: Readonly<Record<string, string>>;
  /** Query parameters, validated and coerced (`limit` is a number). */
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body, validated; `undefined` when none was sent. */
  readonly body: unknown;
}

/** Serves one authenticated operation. */
export type OperationHandler = (call: OperationCall) => Promise<Reply>;
/** A handler for every operation of the spec: the compiler refuses a table with one missing. */
export type HandlerTable = { readonly [K in PortalOperationId]: OperationHandler };

/** The path parameter `name`, which the contract guarantees is present. */
export function pathParam(call: OperationCall, name: string): string {
  const value = call.path[name];
  if (value === undefined) throw new Error(`The route has no path parameter ${name}`);
  return value;
}

/** The page asked for with the contract's `limit` and `cursor`. */
export function pageRequestOf(call: OperationCall): PageRequest {
  const { limit, cursor } = call.query;
  return {
    ...(typeof limit === 'number' && { limit }),
    ...(typeof cursor === 'string' && { cursor }),
  };
}

/** The scope the pipeline resolved for an `x-action` operation. */
export function scopeOf(call: OperationCall): OrganisationScope {
  if (!call.scope) throw new Error('The operation has no x-action, so no organisation scope');
  return call.scope;
}

/** 200 with `body`. */
export const ok = (body: unknown): Reply => ({ status: 200, body });
/** 201 with `body`. */
export const created = (body: unknown): Reply => ({ status: 201, body });
/** 202 with `body`: the work goes on after the answer. */
export const accepted = (body: unknown, headers?: Readonly<Record<string, string>>): Reply => ({
  status: 202,
  body,
  ...(headers && { headers }),
});
/** 204. */
export const noContent: Reply = { status: 204 };

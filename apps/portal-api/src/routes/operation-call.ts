import type {
  Actor,
  AuthorisedScope,
  OrganisationScope,
  PageRequest,
} from '@devportal/portal-domain';
import type { Person } from '../auth/person.js';
import type {
  PortalOperationActions,
  PortalOperationId,
  PortalSelfAllowedOperation,
} from '../generated/portal-spec.js';

/** What a handler answers: a status and, unless it is 204, a JSON body. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  /** Headers the contract declares for the answer (`Location`). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The caller's scope the gate hands the handler of operation `Id`: authorised for the operation's
 * `x-action`, so the handler can pass it only to a service method of that action; for an
 * `x-self-allowed` operation done to oneself, the membership alone; none without `x-action`.
 */
export type OperationScope<Id extends PortalOperationId> = Id extends keyof PortalOperationActions
  ?
      | AuthorisedScope<PortalOperationActions[Id]>
      | (Id extends PortalSelfAllowedOperation ? OrganisationScope : never)
  : undefined;

/** A request that passed authentication, validation and the role matrix. */
export interface OperationCall<Id extends PortalOperationId = PortalOperationId> {
  readonly person: Person;
  readonly actor: Actor;
  readonly scope: OperationScope<Id>;
  /** Path parameters, validated against the contract. */
  readonly path: Readonly<Record<string, string>>;
  /** Query parameters, validated and coerced (`limit` is a number). */
  readonly query: Readonly<Record<string, unknown>>;
  /** The JSON body, validated; `undefined` when none was sent. */
  readonly body: unknown;
}

/** Serves operation `Id` (any operation when unnamed). */
export type OperationHandler<Id extends PortalOperationId = PortalOperationId> = (
  call: OperationCall<Id>,
) => Promise<Reply>;
/** A handler for every operation of the spec: the compiler refuses a table with one missing. */
export type HandlerTable = { readonly [Id in PortalOperationId]: OperationHandler<Id> };

/**
 * The handler of `operationId` as the pipeline calls it. An operationId known only at run time
 * leaves the compiler no way to pair the call with its operation's types: the gate, which mints
 * each call's scope for that operation's own `x-action`, is what makes the call the operation's.
 */
export function validatedHandler(
  table: HandlerTable,
  operationId: PortalOperationId,
): OperationHandler {
  return table[operationId] as OperationHandler;
}

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

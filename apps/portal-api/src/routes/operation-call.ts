import type {
  Action,
  Actor,
  AuthorisedScope,
  OrganisationScope,
  PageRequest,
} from '@devportal/portal-domain';
import type { Person } from '../auth/person.js';
import type {
  BodyOf,
  PathOf,
  QueryOf,
  ReplyHeaders,
  ReplyOf,
} from '../contract/operation-types.js';
import type {
  PortalOperationActions,
  PortalOperationId,
  PortalSelfAllowedOperation,
} from '../generated/portal-spec.js';

/** What a handler answers: a status and, unless it is 204, a JSON body. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: ReplyHeaders;
}

/** What the pipeline knows of every call once authentication and the role matrix passed. */
interface CallFacts {
  readonly person: Person;
  readonly actor: Actor;
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

/** A call of operation `Id` that passed authentication, validation and the role matrix. */
export interface OperationCall<Id extends PortalOperationId = PortalOperationId> extends CallFacts {
  readonly scope: OperationScope<Id>;
  /** Path parameters, validated against the contract. */
  readonly path: PathOf<Id>;
  /** Query parameters, validated and coerced (`limit` is a number). */
  readonly query: QueryOf<Id>;
  /** The JSON body, validated; `undefined` when none was sent. */
  readonly body: BodyOf<Id>;
}

/** Serves operation `Id`: the compiler holds its call and its answers to the spec. */
export type OperationHandler<Id extends PortalOperationId> = (
  call: OperationCall<Id>,
) => Promise<ReplyOf<Id>>;
/** A handler for every operation of the spec: the compiler refuses a table with one missing. */
export type HandlerTable = { readonly [Id in PortalOperationId]: OperationHandler<Id> };

/** A call the pipeline holds before anything pairs it with its operation's types. */
export interface ValidatedCall extends CallFacts {
  /** The scope the gate minted for the operation's `x-action`, if it has one. */
  readonly scope: AuthorisedScope<Action> | OrganisationScope | undefined;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}
/** The pipeline's side of a handler: it takes a call the contract has validated. */
export type ValidatedHandler = (call: ValidatedCall) => Promise<Reply>;

/**
 * The handler of `operationId`, on the pipeline's side. An operationId known only at run time
 * leaves the compiler no way to pair the call with its types: the contract's validation of every
 * request, and the gate minting its scope for that operation's own `x-action`, before it reaches a
 * handler are what make the call the operation's.
 */
export function validatedHandler(
  table: HandlerTable,
  operationId: PortalOperationId,
): ValidatedHandler {
  return table[operationId] as ValidatedHandler;
}

/** The page asked for with the contract's `limit` and `cursor`. */
export function pageRequestOf(call: { readonly query: PageRequest }): PageRequest {
  const { limit, cursor } = call.query;
  return {
    ...(limit !== undefined && { limit }),
    ...(cursor !== undefined && { cursor }),
  };
}

/** 200 with `body`. */
export const ok = <Body>(body: Body) => ({ status: 200, body }) as const;
/** 201 with `body`. */
export const created = <Body>(body: Body) => ({ status: 201, body }) as const;
/** 202 with `body`: the work goes on after the answer. */
export const accepted = <Body>(body: Body, headers: ReplyHeaders) =>
  ({ status: 202, body, headers }) as const;
/** 200 with `text` as a CSV file to save as `fileName` (a plain ASCII name). */
export const csvAttachment = (text: string, fileName: string) =>
  ({
    status: 200,
    body: text,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  }) as const;
/** 204. */
export const noContent = { status: 204 } as const;

import type { operations } from '../generated/portal.js';
import type { PortalOperationId } from '../generated/portal-spec.js';

// What spec/portal.yaml declares of each operation, as types read from the generated `operations`:
// a handler typed with them stops compiling when the spec changes under it.

type Operation<Id extends PortalOperationId> = operations[Id];
type Responses<Id extends PortalOperationId> = Operation<Id>['responses'];
/** The JSON body of a request or response declaration; `undefined` where it declares none. */
type JsonOf<Declared> = Declared extends { content: { 'application/json': infer Body } }
  ? Body
  : undefined;
/** The body of a response declaration: the text of a `text/csv` one, else its JSON. */
type ReplyBodyOf<Declared> = Declared extends { content: { 'text/csv': infer Text } }
  ? Text
  : JsonOf<Declared>;
/** `T` without `undefined`, or `Otherwise` where the spec declares nothing. */
type Present<T, Otherwise> = [Exclude<T, undefined>] extends [never]
  ? Otherwise
  : Exclude<T, undefined>;

/** The path parameters of operation `Id`, as the spec declares them. */
export type PathOf<Id extends PortalOperationId> = Present<
  Operation<Id>['parameters']['path'],
  Readonly<Record<never, string>>
>;
/** The query parameters of operation `Id`, as the spec declares them. */
export type QueryOf<Id extends PortalOperationId> = Present<
  Operation<Id>['parameters']['query'],
  Readonly<Record<never, unknown>>
>;
/** The JSON body of operation `Id`: `undefined` when it takes none or it is optional and absent. */
export type BodyOf<Id extends PortalOperationId> = JsonOf<Operation<Id>['requestBody']>;

/** Headers the contract declares for an answer (`Location`). */
export type ReplyHeaders = Readonly<Record<string, string>>;

/** `T` with every property and array read-only: an answer's body is serialised, never changed. */
type ReadonlyDeep<T> = T extends readonly (infer Item)[]
  ? readonly ReadonlyDeep<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: ReadonlyDeep<T[Key]> }
    : T;

/** An answer with `status` and, unless `Body` is `undefined`, that JSON body. */
type ReplyWith<Status, Body> = [Body] extends [undefined]
  ? { readonly status: Status; readonly headers?: ReplyHeaders }
  : { readonly status: Status; readonly body: ReadonlyDeep<Body>; readonly headers?: ReplyHeaders };

/** The success answers operation `Id` declares, each with its status and body. */
export type ReplyOf<Id extends PortalOperationId> = {
  [Status in keyof Responses<Id>]: Status extends 200 | 201 | 202 | 204
    ? ReplyWith<Status, ReplyBodyOf<Responses<Id>[Status]>>
    : never;
}[keyof Responses<Id>];

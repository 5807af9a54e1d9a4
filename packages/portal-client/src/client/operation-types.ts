import type { PortalOperationId } from '../generated/operations.js';
import type { operations } from '../generated/portal.js';

type Operation<Id extends PortalOperationId> = operations[Id];

type JsonContent<Response> = Response extends { content: { 'application/json': infer Body } }
  ? Body
  : Response extends { content: { 'text/csv': infer Text } }
    ? Text
    : undefined;

/** What an operation answers on success (undefined for a 204). */
export type DataOf<Id extends PortalOperationId> = {
  [Status in keyof Operation<Id>['responses']]: Status extends 200 | 201 | 204
    ? JsonContent<Operation<Id>['responses'][Status]>
    : never;
}[keyof Operation<Id>['responses']];

/** The path and query parameters of an operation, as the spec declares them. */
export type ParamsOf<Id extends PortalOperationId> = Pick<
  Operation<Id>['parameters'],
  'path' | 'query'
>;

/** The JSON body of an operation, if it takes one. */
export type BodyOf<Id extends PortalOperationId> = JsonContent<
  NonNullable<Operation<Id>['requestBody']>
>;

/** What is sent for an operation. */
export interface OperationInput<Id extends PortalOperationId> {
  readonly params?: ParamsOf<Id>;
  readonly body?: BodyOf<Id>;
  /** How to read a successful answer: JSON unless the operation answers text (CSV). */
  readonly parseAs?: 'text';
}

/** The item type of a list operation's page. */
export type ItemOf<Id extends PortalOperationId> =
  DataOf<Id> extends {
    items: readonly (infer Item)[];
  }
    ? Item
    : never;

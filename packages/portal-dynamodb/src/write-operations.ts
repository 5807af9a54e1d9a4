import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DomainError } from '@devportal/portal-domain';
import type { ItemKey } from './keys.js';

/** One item of a `TransactWriteItems` request, in the document client's shape. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A condition or update expression with its placeholders. */
export interface Expression {
  readonly expression: string;
  readonly names?: Record<string, string>;
  readonly values?: Record<string, unknown>;
}

/**
 * A write inside a transaction, with the domain error its condition failing means
 * (without one, a failed condition is reported as a concurrent modification).
 */
export interface GuardedWrite {
  readonly key: ItemKey;
  readonly item: TransactItem;
  readonly onConditionFailed?: () => DomainError;
}

type Guard = Pick<GuardedWrite, 'onConditionFailed'>;

function placeholders(...parts: (Expression | undefined)[]) {
  const names = Object.assign({}, ...parts.map((part) => part?.names));
  const values = Object.assign({}, ...parts.map((part) => part?.values));
  return {
    ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
    ...(Object.keys(values).length > 0 && { ExpressionAttributeValues: values }),
  };
}

/** Puts `item` (which carries its own `PK`/`SK`), optionally on a condition. */
export function putItem(
  tableName: string,
  item: ItemKey & Record<string, unknown>,
  condition?: Expression,
  guard: Guard = {},
): GuardedWrite {
  return {
    key: { PK: item.PK, SK: item.SK },
    item: {
      Put: {
        TableName: tableName,
        Item: item,
        ...(condition && { ConditionExpression: condition.expression }),
        ...placeholders(condition),
      },
    },
    ...guard,
  };
}

/** Updates the item at `key` with `update`, optionally on a condition. */
export function updateItem(
  tableName: string,
  key: ItemKey,
  update: Expression,
  condition?: Expression,
  guard: Guard = {},
): GuardedWrite {
  return {
    key,
    item: {
      Update: {
        TableName: tableName,
        Key: { PK: key.PK, SK: key.SK },
        UpdateExpression: update.expression,
        ...(condition && { ConditionExpression: condition.expression }),
        ...placeholders(update, condition),
      },
    },
    ...guard,
  };
}

/** Deletes the item at `key`, optionally on a condition. */
export function deleteItem(
  tableName: string,
  key: ItemKey,
  condition?: Expression,
  guard: Guard = {},
): GuardedWrite {
  return {
    key,
    item: {
      Delete: {
        TableName: tableName,
        Key: { PK: key.PK, SK: key.SK },
        ...(condition && { ConditionExpression: condition.expression }),
        ...placeholders(condition),
      },
    },
    ...guard,
  };
}

/** Asserts `condition` on the item at `key` without changing it. */
export function checkItem(
  tableName: string,
  key: ItemKey,
  condition: Expression,
  guard: Guard = {},
): GuardedWrite {
  return {
    key,
    item: {
      ConditionCheck: {
        TableName: tableName,
        Key: { PK: key.PK, SK: key.SK },
        ConditionExpression: condition.expression,
        ...placeholders(condition),
      },
    },
    ...guard,
  };
}

/** The condition that the item exists and still has the `version` that was read. */
export function versionIs(version: number): Expression {
  return {
    expression: 'attribute_exists(PK) AND #version = :readVersion',
    names: { '#version': 'version' },
    values: { ':readVersion': version },
  };
}

/** The condition that no item exists at the key. */
export const itemIsAbsent: Expression = { expression: 'attribute_not_exists(PK)' };

/** The condition that an item exists at the key. */
export const itemExists: Expression = { expression: 'attribute_exists(PK)' };

import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ConflictError, type DomainError } from '@devportal/portal-domain';
import type { ItemKey } from './keys.js';
import type { Expression, GuardedWrite } from './write-operations.js';

/** A stored item, as the document client returns it. */
export type StoredItem = Record<string, unknown>;

/** A key-condition query on the table or one of its indexes. */
export interface QueryRequest {
  readonly keyCondition: Expression;
  readonly index?: string;
  readonly filter?: Expression;
  readonly limit?: number;
  readonly startKey?: StoredItem;
  /** Newest (highest sort key) first when `false`. */
  readonly forward?: boolean;
  readonly consistent?: boolean;
}

/** One page of query results. */
export interface QueryPage {
  readonly items: StoredItem[];
  readonly lastKey?: StoredItem;
}

const BATCH_WRITE_LIMIT = 25;
const BATCH_GET_LIMIT = 100;
const MAX_UNPROCESSED_RETRIES = 8;

const concurrentModification = (cause: unknown) =>
  new ConflictError('concurrent_modification', undefined, { cause });

/**
 * A thin wrapper over the DynamoDB document client for one table: reads, and writes
 * whose failed conditions come back as domain errors rather than SDK exceptions.
 */
export class DocumentStore {
  private readonly documents: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    /** The table every call addresses. */
    readonly tableName: string,
  ) {
    this.documents = DynamoDBDocumentClient.from(client, {
      marshallOptions: { removeUndefinedValues: true },
    });
  }

  /** The item at `key`, read strongly consistent, or `undefined`. */
  async get(key: ItemKey): Promise<StoredItem | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return Item;
  }

  /** The items at `keys` that exist, in no particular order. */
  async getMany(keys: readonly ItemKey[]): Promise<StoredItem[]> {
    const found: StoredItem[] = [];
    for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
      let pending: Record<string, unknown>[] = keys
        .slice(start, start + BATCH_GET_LIMIT)
        .map(({ PK, SK }) => ({ PK, SK }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > MAX_UNPROCESSED_RETRIES) throw new Error('BatchGetItem kept throttling');
        const { Responses, UnprocessedKeys } = await this.documents.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        found.push(...(Responses?.[this.tableName] ?? []));
        pending = UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      }
    }
    return found;
  }

  /** One page of a key-condition query. */
  async query(request: QueryRequest): Promise<QueryPage> {
    const { Items, LastEvaluatedKey } = await this.documents.send(
      new QueryCommand(this.queryInput(request)),
    );
    return { items: Items ?? [], ...(LastEvaluatedKey && { lastKey: LastEvaluatedKey }) };
  }

  /**
   * How many items a key-condition query matches (`Select: COUNT`): nothing but the number
   * leaves the table, page after page of at most 1 MB scanned each.
   */
  async count(request: Omit<QueryRequest, 'startKey' | 'limit'>): Promise<number> {
    let total = 0;
    let startKey: StoredItem | undefined;
    do {
      const { Count, LastEvaluatedKey } = await this.documents.send(
        new QueryCommand({
          ...this.queryInput({ ...request, ...(startKey && { startKey }) }),
          Select: 'COUNT',
        }),
      );
      total += Count ?? 0;
      startKey = LastEvaluatedKey;
    } while (startKey);
    return total;
  }

  private queryInput(request: QueryRequest): QueryCommandInput {
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: request.index,
      KeyConditionExpression: request.keyCondition.expression,
      FilterExpression: request.filter?.expression,
      ExpressionAttributeNames: { ...request.keyCondition.names, ...request.filter?.names },
      ExpressionAttributeValues: { ...request.keyCondition.values, ...request.filter?.values },
      Limit: request.limit,
      ExclusiveStartKey: request.startKey,
      ScanIndexForward: request.forward,
      ConsistentRead: request.index === undefined ? (request.consistent ?? true) : undefined,
    };
    if (Object.keys(input.ExpressionAttributeNames ?? {}).length === 0) {
      delete input.ExpressionAttributeNames;
    }
    return input;
  }

  /** Every item a key-condition query matches, page after page. */
  async *queryAll(request: Omit<QueryRequest, 'startKey'>): AsyncGenerator<StoredItem> {
    let startKey: StoredItem | undefined;
    do {
      const page = await this.query({ ...request, ...(startKey && { startKey }) });
      yield* page.items;
      startKey = page.lastKey;
    } while (startKey);
  }

  /** A single conditional write; a failed condition becomes the write's domain error. */
  async write(write: GuardedWrite): Promise<void> {
    await this.transact([write]);
  }

  /**
   * Writes all of `writes` atomically, or none. If a condition fails, the domain
   * error of the first failed write is thrown; a collision with another transaction
   * is reported as a concurrent modification.
   */
  async transact(writes: readonly GuardedWrite[]): Promise<void> {
    try {
      await this.documents.send(
        new TransactWriteCommand({ TransactItems: writes.map((write) => write.item) }),
      );
    } catch (error) {
      throw toDomainError(error, writes);
    }
  }

  /**
   * One plain (non-transactional) `UpdateItem`, for counters and leases: concurrent
   * updates of one item never collide the way transactions do. Resolves whether
   * `condition` held (and the update was made).
   */
  async update(key: ItemKey, update: Expression, condition?: Expression): Promise<boolean> {
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: key.PK, SK: key.SK },
          UpdateExpression: update.expression,
          ConditionExpression: condition?.expression,
          ...placeholdersOf(update, condition),
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /**
   * One plain `UpdateItem` that tells what it found: the attributes it wrote
   * (`UPDATED_NEW`), or, when `condition` failed, the whole item as it stood (`ALL_OLD` on
   * the failed check; `undefined` if there was none). The caller decides its next write from
   * either without reading first.
   */
  async updateReturning(
    key: ItemKey,
    update: Expression,
    condition: Expression,
  ): Promise<
    | { readonly updated: true; readonly attributes: StoredItem }
    | { readonly updated: false; readonly found: StoredItem | undefined }
  > {
    try {
      const { Attributes } = await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { PK: key.PK, SK: key.SK },
          UpdateExpression: update.expression,
          ConditionExpression: condition.expression,
          ...placeholdersOf(update, condition),
          ReturnValues: 'UPDATED_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { updated: true, attributes: Attributes ?? {} };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The document client converts answers, not errors: the old item comes back raw.
      return { updated: false, found: error.Item && unmarshall(error.Item) };
    }
  }

  /** Deletes the items at `keys` in batches, without conditions (cleanup only). */
  async deleteMany(keys: readonly ItemKey[]): Promise<void> {
    for (let start = 0; start < keys.length; start += BATCH_WRITE_LIMIT) {
      let pending: NonNullable<BatchWriteCommandInput['RequestItems']>[string] = keys
        .slice(start, start + BATCH_WRITE_LIMIT)
        .map(({ PK, SK }) => ({ DeleteRequest: { Key: { PK, SK } } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > MAX_UNPROCESSED_RETRIES) throw new Error('BatchWriteItem kept throttling');
        const { UnprocessedItems } = await this.documents.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = UnprocessedItems?.[this.tableName] ?? [];
      }
    }
  }
}

/** The placeholders of an update and its condition, leaving out empty maps DynamoDB rejects. */
function placeholdersOf(update: Expression, condition: Expression | undefined) {
  const names = { ...update.names, ...condition?.names };
  const values = { ...update.values, ...condition?.values };
  return {
    ...(Object.keys(names).length > 0 && { ExpressionAttributeNames: names }),
    ...(Object.keys(values).length > 0 && { ExpressionAttributeValues: values }),
  };
}

function toDomainError(error: unknown, writes: readonly GuardedWrite[]): unknown {
  if (error instanceof TransactionCanceledException) {
    const reasons = error.CancellationReasons ?? [];
    const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
    if (failed >= 0) return domainErrorOf(writes[failed], error);
    return concurrentModification(error);
  }
  if (error instanceof ConditionalCheckFailedException) {
    return domainErrorOf(writes[0], error);
  }
  if (isTransactionConflict(error)) return concurrentModification(error);
  return error;
}

function domainErrorOf(write: GuardedWrite | undefined, cause: unknown): DomainError {
  const error = write?.onConditionFailed?.() ?? concurrentModification(cause);
  if (error.cause === undefined) Object.defineProperty(error, 'cause', { value: cause });
  return error;
}

function isTransactionConflict(error: unknown): boolean {
  return error instanceof Error && error.name === 'TransactionConflictException';
}

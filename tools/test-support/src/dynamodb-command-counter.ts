import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** The DynamoDB commands a client sent, by name (`GetItemCommand`, `QueryCommand`, …). */
export class DynamoDbCommandCounter {
  private readonly counts = new Map<string, number>();

  /** Counts every command `client` sends from now on (the document client shares its stack). */
  static attachedTo(client: DynamoDBClient): DynamoDbCommandCounter {
    const counter = new DynamoDbCommandCounter();
    client.middlewareStack.add(
      (next, context) => (args) => {
        const name = String(context.commandName);
        counter.counts.set(name, (counter.counts.get(name) ?? 0) + 1);
        return next(args);
      },
      { step: 'initialize', name: 'dynamoDbCommandCounter' },
    );
    return counter;
  }

  /** Forgets what was counted so far. */
  reset(): void {
    this.counts.clear();
  }

  /** How many commands of each name were sent since the last reset. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Reads (`GetItem`, `BatchGetItem`, `Query`) since the last reset. */
  get reads(): number {
    return ['GetItemCommand', 'BatchGetItemCommand', 'QueryCommand'].reduce(
      (sum, name) => sum + (this.counts.get(name) ?? 0),
      0,
    );
  }
}

import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ManualClock, startBankSandbox } from '@devportal/bank-sandbox';
import {
  applicationActor,
  type Clock,
  LimitChangeService,
  nodeCrypto,
} from '@devportal/portal-domain';
import { createTable, dynamoRepositories } from '@devportal/portal-dynamodb';
import { createSberClient } from '@devportal/sber-client';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support';
import pLimit from 'p-limit';
import {
  SberBankStateReader,
  type StatusSyncDependencies,
  statusSyncOnTable,
} from '../src/index.js';

const SEEDING_CONCURRENCY = 32;

/**
 * What the status sync's benches run on: DynamoDB Local (its commands counted by name), the bank
 * sandbox on a manual clock, a client of the sandbox and the sync's state reader.
 */
export async function startBenchStack(
  sandboxOptions: Omit<NonNullable<Parameters<typeof startBankSandbox>[0]>, 'port' | 'clock'> = {},
) {
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00Z'));
  const domainClock: Clock = { now: () => new Date(clock.now()) };
  const dynamoDbLocal = await startDynamoDbLocal();
  const sandbox = await startBankSandbox({ ...sandboxOptions, port: 0, clock });
  const commands = new Map<string, number>();
  const dynamoDb = new DynamoDBClient({
    endpoint: dynamoDbLocal.endpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
  dynamoDb.middlewareStack.add(
    (next, context) => (args) => {
      const name = context.commandName ?? 'unknown';
      commands.set(name, (commands.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize' },
  );
  const organisation = sandbox.organizations[0];
  const card = organisation?.cards.find((c) => c.status === 'ACTIVE');
  if (!organisation || !card) throw new Error('the sandbox has no active card');
  const { businessCardId } = card;
  const organizationId = organisation.id;
  const token = async () => sandbox.issueAccessToken({ organizationId });
  const client = createSberClient({ environment: sandbox.apiBaseUrl, tokenProvider: token });
  const reader = new SberBankStateReader({
    contours: {
      sandbox: { apiBaseUrl: sandbox.apiBaseUrl, accessToken: token, invalidate: () => undefined },
    },
  });

  return {
    clock,
    sandbox,
    client,
    commands,

    /** A new table and the sync's dependencies on it (no webhook delivery). */
    async syncOnNewTable(tableName: string): Promise<StatusSyncDependencies> {
      await createTable(dynamoDb, tableName);
      return statusSyncOnTable(dynamoRepositories({ client: dynamoDb, tableName }), {
        clock: domainClock,
        crypto: nodeCrypto,
        bank: reader,
      });
    },

    /**
     * `documents` pending requests: drafts at the sandbox, signed there in-process, recorded as the
     * gateway would (in `SIGNED`); their external ids.
     */
    async seed(deps: StatusSyncDependencies, documents: number): Promise<string[]> {
      const seeding = pLimit(SEEDING_CONCURRENCY);
      const service = new LimitChangeService(deps);
      const gateway = applicationActor('bench', '127.0.0.1');
      const portalOrganisation = randomUUID();
      const externalIds = Array.from({ length: documents }, () => randomUUID());
      await Promise.all(
        externalIds.map((externalId) =>
          seeding(async () => {
            await client.createLimitChange({
              businessCardId,
              code: 'NON_RENEW',
              externalId,
              limit: 100_000,
            });
            sandbox.signDraft(externalId, organizationId);
            await service.record(gateway, portalOrganisation, {
              externalId,
              state: 'SIGNED',
              contour: 'sandbox',
            });
          }),
        ),
      );
      return externalIds;
    },

    async close(): Promise<void> {
      await reader.close();
      await client.close();
      await sandbox.close();
      await dynamoDbLocal.stop();
    },
  };
}

/** `value` to two decimals. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The table's reads, writes and transactions per checked document, from the commands counted. */
export function tableCostPerDocument(
  commands: ReadonlyMap<string, number>,
  documents: number,
): {
  tableReadsPerDocument: number;
  tableWritesPerDocument: number;
  transactionsPerDocument: number;
} {
  const perDocument = (...names: string[]) =>
    round(names.reduce((sum, name) => sum + (commands.get(name) ?? 0), 0) / documents);
  return {
    tableReadsPerDocument: perDocument('GetItemCommand', 'QueryCommand', 'BatchGetItemCommand'),
    tableWritesPerDocument: perDocument(
      'TransactWriteItemsCommand',
      'PutItemCommand',
      'UpdateItemCommand',
    ),
    transactionsPerDocument: perDocument('TransactWriteItemsCommand'),
  };
}

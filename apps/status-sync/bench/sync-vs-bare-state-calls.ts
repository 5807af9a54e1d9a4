/**
 * `pnpm bench`: a status sync of 10,000 pending requests against the sandbox and DynamoDB Local,
 * as a ratio against bare `getLimitChangeState` calls at the same concurrency measured in the
 * same run, with the table reads and writes per document. Prints a table and writes
 * `bench/results.json`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ManualClock, startBankSandbox } from '@devportal/bank-sandbox';
import {
  applicationActor,
  type Clock,
  LimitChangeService,
  nodeCrypto,
  WebhookPublisher,
} from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  DynamoWebhookRepository,
  dynamoApiRepositories,
  dynamoPortalRepositories,
} from '@devportal/portal-domain/dynamodb';
import { createSberClient } from '@devportal/sber-client';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  startDynamoDbLocal,
} from '@devportal/test-support';
import pLimit from 'p-limit';
import { recordedContour, runStatusSync, SberBankStateReader } from '../src/index.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 10_000);
const CONCURRENCY = 16;
const SEEDING_CONCURRENCY = 32;

const clock = new ManualClock(Date.parse('2026-11-23T09:00:00Z'));
const domainClock: Clock = { now: () => new Date(clock.now()) };
const dynamoDbLocal = await startDynamoDbLocal();
const sandbox = await startBankSandbox({ port: 0, clock });
try {
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
  const tableName = 'status-sync-bench';
  await createTable(dynamoDb, tableName);
  const store = new DocumentStore(dynamoDb, tableName);
  const { limitChanges } = dynamoApiRepositories(store);
  const base = {
    ...dynamoPortalRepositories(dynamoDb, tableName),
    limitChanges,
    clock: domainClock,
    crypto: nodeCrypto,
  };
  const organisation = sandbox.organizations[0];
  const card = organisation?.cards.find((c) => c.status === 'ACTIVE');
  if (!organisation || !card) throw new Error('the sandbox has no active card');
  const token = async () => sandbox.issueAccessToken({ organizationId: organisation.id });
  const client = createSberClient({ environment: sandbox.apiBaseUrl, tokenProvider: token });

  // Seeding: drafts at the sandbox, signed there in-process, recorded as the gateway would.
  const seedingStarted = performance.now();
  const seeding = pLimit(SEEDING_CONCURRENCY);
  const service = new LimitChangeService(base);
  const gateway = applicationActor('bench', '127.0.0.1');
  const portalOrganisation = randomUUID();
  const externalIds = Array.from({ length: DOCUMENTS }, () => randomUUID());
  await Promise.all(
    externalIds.map((externalId) =>
      seeding(async () => {
        await client.createLimitChange({
          businessCardId: card.businessCardId,
          code: 'NON_RENEW',
          externalId,
          limit: 100_000,
        });
        sandbox.signDraft(externalId, organisation.id);
        await service.record(gateway, portalOrganisation, { externalId, state: 'SIGNED' });
      }),
    ),
  );
  const seedingSeconds = (performance.now() - seedingStarted) / 1000;
  clock.advance(2 * 60_000);

  // Baseline: the same state calls, bare, at the same concurrency.
  const bare = pLimit(CONCURRENCY);
  const bareStarted = performance.now();
  await Promise.all(externalIds.map((id) => bare(() => client.getLimitChangeState(id))));
  const bareSeconds = (performance.now() - bareStarted) / 1000;

  const webhooks = new DynamoWebhookRepository(store);
  const reader = new SberBankStateReader({
    contours: {
      sandbox: { apiBaseUrl: sandbox.apiBaseUrl, accessToken: token, invalidate: () => undefined },
    },
  });
  commands.clear();
  const report = await runStatusSync(
    {
      ...base,
      bank: reader,
      contourOf: recordedContour('sandbox'),
      outbox: new WebhookPublisher({ webhooks, clock: domainClock }),
    },
    { limit: DOCUMENTS, concurrency: CONCURRENCY, maxDurationMs: 3_600_000 },
  );
  await reader.close();
  await client.close();

  const count = (...names: string[]) => names.reduce((n, name) => n + (commands.get(name) ?? 0), 0);
  const syncSeconds = report.durationMs / 1000;
  const results = {
    documents: DOCUMENTS,
    concurrency: CONCURRENCY,
    seedingSeconds: round(seedingSeconds),
    bareStateCallsPerSecond: round(DOCUMENTS / bareSeconds),
    syncDocumentsPerSecond: round(report.checked / syncSeconds),
    syncToBareRatio: round(report.checked / syncSeconds / (DOCUMENTS / bareSeconds)),
    tableReadsPerDocument: round(
      count('GetItemCommand', 'QueryCommand', 'BatchGetItemCommand') / report.checked,
    ),
    tableWritesPerDocument: round(
      count('TransactWriteItemsCommand', 'PutItemCommand', 'UpdateItemCommand') / report.checked,
    ),
    scans: count('ScanCommand'),
    commands: Object.fromEntries(commands),
    report: { ...report, failures: report.failures.length },
  };
  console.table({
    'bare getLimitChangeState (calls/s)': results.bareStateCallsPerSecond,
    'status sync (documents/s)': results.syncDocumentsPerSecond,
    'sync / bare': results.syncToBareRatio,
    'table reads per document': results.tableReadsPerDocument,
    'table writes per document': results.tableWritesPerDocument,
    'documents checked / changed': `${report.checked} / ${report.changed}`,
  });
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
} finally {
  await sandbox.close();
  await dynamoDbLocal.stop();
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

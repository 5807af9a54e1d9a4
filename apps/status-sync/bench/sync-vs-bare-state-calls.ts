/**
 * `pnpm bench`: status syncs of 1,000 and then 10,000 pending requests against the sandbox and
 * DynamoDB Local, each as a ratio against bare `getLimitChangeState` calls at the same concurrency
 * measured just before it, with the table reads and writes per document, and how the cost grows
 * from one size to the next. Prints a table and writes `bench/results.json`.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ManualClock, startBankSandbox } from '@devportal/bank-sandbox';
import { machineFacts } from '@devportal/bench-report';
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

/** Each size gets a table of its own, so the pending index holds exactly that many documents. */
const SIZES = (process.env.BENCH_DOCUMENTS ?? '1000,10000').split(',').map(Number);
const CONCURRENCY = 16;
const SEEDING_CONCURRENCY = 32;

const machine = machineFacts();
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

  /** Seeds `documents` pending requests in a table of their own, then syncs them. */
  async function measure(documents: number) {
    const tableName = `status-sync-bench-${documents}`;
    await createTable(dynamoDb, tableName);
    const store = new DocumentStore(dynamoDb, tableName);
    const { limitChanges } = dynamoApiRepositories(store);
    const base = {
      ...dynamoPortalRepositories(dynamoDb, tableName),
      limitChanges,
      clock: domainClock,
      crypto: nodeCrypto,
    };

    // Seeding: drafts at the sandbox, signed there in-process, recorded as the gateway would.
    const seedingStarted = performance.now();
    const seeding = pLimit(SEEDING_CONCURRENCY);
    const service = new LimitChangeService(base);
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
          await service.record(gateway, portalOrganisation, { externalId, state: 'SIGNED' });
        }),
      ),
    );
    const seedingSeconds = (performance.now() - seedingStarted) / 1000;
    clock.advance(2 * 60_000);

    // Baseline: the same state calls, bare, at the same concurrency, just before the sync.
    const bare = pLimit(CONCURRENCY);
    const bareStarted = performance.now();
    await Promise.all(externalIds.map((id) => bare(() => client.getLimitChangeState(id))));
    const bareSeconds = (performance.now() - bareStarted) / 1000;

    commands.clear();
    const report = await runStatusSync(
      {
        ...base,
        bank: reader,
        contourOf: recordedContour('sandbox'),
        outbox: new WebhookPublisher({
          webhooks: new DynamoWebhookRepository(store),
          clock: domainClock,
        }),
      },
      { limit: documents, concurrency: CONCURRENCY, maxDurationMs: 3_600_000 },
    );

    const count = (...names: string[]) =>
      names.reduce((n, name) => n + (commands.get(name) ?? 0), 0);
    const syncSeconds = report.durationMs / 1000;
    return {
      documents,
      seedingSeconds: round(seedingSeconds),
      bareStateCallsPerSecond: round(documents / bareSeconds),
      syncDocumentsPerSecond: round(report.checked / syncSeconds),
      syncToBareRatio: round(report.checked / syncSeconds / (documents / bareSeconds)),
      syncMsPerDocument: round((syncSeconds * 1000) / report.checked),
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
  }

  const sizes = [];
  for (const documents of SIZES) sizes.push(await measure(documents));
  await reader.close();
  await client.close();

  const smallest = sizes[0];
  const largest = sizes.at(-1);
  // Linear growth keeps every per-document figure at 1: the cost of a document does not depend on
  // how many others are pending.
  const growth =
    smallest && largest && smallest !== largest
      ? {
          from: smallest.documents,
          to: largest.documents,
          documentsRatio: round(largest.documents / smallest.documents),
          syncMsPerDocumentRatio: round(largest.syncMsPerDocument / smallest.syncMsPerDocument),
          syncToBareRatioRatio: round(largest.syncToBareRatio / smallest.syncToBareRatio),
          tableReadsPerDocumentRatio: round(
            largest.tableReadsPerDocument / smallest.tableReadsPerDocument,
          ),
          tableWritesPerDocumentRatio: round(
            largest.tableWritesPerDocument / smallest.tableWritesPerDocument,
          ),
        }
      : undefined;
  const results = {
    measuredAt: new Date().toISOString(),
    machine,
    concurrency: CONCURRENCY,
    sizes,
    growth,
  };
  console.table(
    Object.fromEntries(
      sizes.map((size) => [
        `${size.documents} documents`,
        {
          'bare calls/s': size.bareStateCallsPerSecond,
          'sync documents/s': size.syncDocumentsPerSecond,
          'sync / bare': size.syncToBareRatio,
          'ms per document': size.syncMsPerDocument,
          'reads per document': size.tableReadsPerDocument,
          'writes per document': size.tableWritesPerDocument,
          'checked / changed': `${size.report.checked} / ${size.report.changed}`,
        },
      ]),
    ),
  );
  if (growth) console.log('growth', growth);
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

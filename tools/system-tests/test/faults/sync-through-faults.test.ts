import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type BankSandbox, ManualClock, startBankSandbox } from '@devportal/bank-sandbox';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import {
  applicationActor,
  type Clock,
  LimitChangeService,
  nodeCrypto,
} from '@devportal/portal-domain';
import { createTable, dynamoRepositories } from '@devportal/portal-dynamodb';
import { createSberClient, type SberClient } from '@devportal/sber-client';
import {
  runStatusSync,
  SberBankStateReader,
  type StatusSyncDependencies,
  type StatusSyncReport,
  statusSyncOnTable,
} from '@devportal/status-sync';
import {
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
  type DynamoDbLocal,
  startDynamoDbLocal,
} from '@devportal/test-support/dynamodb-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const HOUR = 60 * 60_000;
const STEP_MS = 30 * 60_000;
/** Transitions far slower than the sync's longest backoff (an hour): every state is seen. */
const TRANSITIONS = { DELIVERED: 6 * HOUR, ACCEPTED: 6 * HOUR, IMPLEMENTED: 6 * HOUR };
const DOCUMENTS = 40;
const REFUSED_EVERY = 5;
/** The run during which DynamoDB Local goes away, and after how many state calls of it. */
const OUTAGE_RUN = 3;
const STATE_CALLS_BEFORE_OUTAGE = 6;
/** Bounds of the recovery loop. */
const MAX_RUNS = 120;
const MAX_DURATION_MS = 150_000;

const IMPLEMENTED_PATH = ['SIGNED', 'DELIVERED', 'ACCEPTED', 'IMPLEMENTED'];
const REFUSED_PATH = ['SIGNED', 'DELIVERED', 'REFUSEDBYBANK'];
const FINAL = new Set(['IMPLEMENTED', 'REFUSEDBYBANK']);

/** A port free now, kept for both starts of DynamoDB Local. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const clock = new ManualClock(Date.parse('2026-11-23T09:00:00Z'));
const domainClock: Clock = { now: () => new Date(clock.now()) };
const organisationId = randomUUID();
const tableName = `faults-${randomUUID().slice(0, 8)}`;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

let dataDirectory: string;
let port: number;
let database: DynamoDbLocal | undefined;
let dynamoDb: DynamoDBClient;
let sandbox: BankSandbox;
let client: SberClient;
let reader: SberBankStateReader;
let deps: StatusSyncDependencies;
/** Set while the outage run is armed: counts its state calls and stops the database. */
let outage: { stateCalls: number; stopped?: Promise<void> } | undefined;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dataDirectory = await mkdtemp(join(tmpdir(), 'devportal-faults-'));
  port = await freePort();
  database = await startDynamoDbLocal({ dbPath: dataDirectory, port });
  dynamoDb = new DynamoDBClient({
    endpoint: database.endpoint,
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
  });
  await createTable(dynamoDb, tableName);
  sandbox = await startBankSandbox({
    port: 0,
    clock,
    transitionDelays: TRANSITIONS,
    log: (line) => {
      if (!outage || outage.stopped || !line.includes('getLimitChangeState')) return;
      outage.stateCalls += 1;
      if (outage.stateCalls >= STATE_CALLS_BEFORE_OUTAGE) outage.stopped = database?.stop();
    },
  });
  const bankOrganisation = sandbox.organizations[0]?.id;
  const token = async () => sandbox.issueAccessToken({ organizationId: bankOrganisation });
  client = createSberClient({ environment: sandbox.apiBaseUrl, tokenProvider: token });
  reader = new SberBankStateReader({
    contours: {
      sandbox: { apiBaseUrl: sandbox.apiBaseUrl, accessToken: token, invalidate: () => undefined },
    },
    backoff: { initialDelayMs: 5, maxDelayMs: 20 },
  });
  deps = statusSyncOnTable(dynamoRepositories({ client: dynamoDb, tableName }), {
    clock: domainClock,
    crypto: nodeCrypto,
    bank: reader,
  });
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await reader?.close();
  await client?.close();
  await sandbox?.close();
  dynamoDb?.destroy();
  await database?.stop();
  if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
});

/** Creates the documents at the sandbox, signed as the director, and records them as the gateway does. */
async function createDocuments(): Promise<{ externalId: string; path: string[] }[]> {
  const organisation = sandbox.organizations[0];
  const active = organisation?.cards.find((card) => card.status === 'ACTIVE');
  const blocked = organisation?.cards.find((card) => card.status === 'BLOCKED');
  if (!active || !blocked) throw new Error('the sandbox lacks an active or a blocked card');
  const signer = new SoftwareGostSigner(await sandbox.signingCredentials('romashka.director'));
  const gateway = applicationActor('faults-app', '198.51.100.4');
  const service = new LimitChangeService(deps);
  return Promise.all(
    Array.from({ length: DOCUMENTS }, async (_, index) => {
      const refused = index % REFUSED_EVERY === 0;
      const change = {
        businessCardId: (refused ? blocked : active).businessCardId,
        code: 'NON_RENEW',
        externalId: randomUUID(),
        limit: 100_000 + index,
      };
      const result = await client.createLimitChange(await signLimitChange(change, [signer]));
      if (result.outcome !== 'created') throw new Error(`the sandbox did not create ${index}`);
      await service.record(gateway, organisationId, {
        externalId: change.externalId,
        state: result.document.bankStatus ?? 'CREATED',
        businessCardId: change.businessCardId,
        contour: 'sandbox',
        applicationId: 'faults-app',
      });
      return { externalId: change.externalId, path: refused ? REFUSED_PATH : IMPLEMENTED_PATH };
    }),
  );
}

async function historiesOf(externalIds: readonly string[]): Promise<string[][]> {
  const records = await Promise.all(
    externalIds.map((id) => deps.limitChanges.get(organisationId, id)),
  );
  return records.map((record) => (record?.history ?? []).map((step) => step.state));
}

describe('the status sync through bank faults and a DynamoDB Local restart', () => {
  it('takes every document to its final state, none lost or repeated, no crash', {
    timeout: 240_000,
  }, async () => {
    // Prepare
    const documents = await createDocuments();
    const externalIds = documents.map((document) => document.externalId);
    const started = performance.now();
    const reports: StatusSyncReport[] = [];
    let outageReport: StatusSyncReport | undefined;
    let outageError: unknown;
    let restarted = false;
    let runs = 0;

    // Act
    for (; runs < MAX_RUNS && performance.now() - started < MAX_DURATION_MS; runs++) {
      clock.advance(STEP_MS);
      sandbox.setFaults({
        getLimitChangeState: {
          errorRate: 0.2,
          errorStatus: runs % 2 ? 500 : 503,
          retryAfterSeconds: 60,
          dropRate: 0.15,
          latencyMs: 3,
        },
      });
      if (runs === OUTAGE_RUN) {
        outage = { stateCalls: 0 };
        try {
          outageReport = await runStatusSync(deps);
        } catch (error) {
          outageError = error;
        }
        await outage.stopped;
        outage = undefined;
        database = await startDynamoDbLocal({ dbPath: dataDirectory, port });
        restarted = true;
        continue;
      }
      reports.push(await runStatusSync(deps));
      if (restarted && (await historiesOf(externalIds)).every((h) => FINAL.has(h.at(-1) ?? ''))) {
        runs += 1;
        break;
      }
    }
    sandbox.setFaults({});
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const faults = sandbox.requestLog.filter((entry) => entry.fault !== undefined).length;
    const stateCalls = sandbox.requestCount('getLimitChangeState');
    console.info(
      `faults: ${DOCUMENTS} documents final after ${runs} runs in ${seconds} s; ` +
        `${faults} of ${stateCalls} state calls faulted (${Math.round((100 * faults) / stateCalls)} %), ` +
        `DynamoDB Local restarted once; the outage run counted ${outageReport?.failed ?? '?'} failures`,
    );

    // Assess
    expect(outageError).toBeUndefined();
    expect(outageReport?.failed).toBeGreaterThan(0);
    expect(restarted).toBe(true);
    expect(await historiesOf(externalIds)).toEqual(documents.map((document) => document.path));
    expect(faults / stateCalls).toBeGreaterThanOrEqual(0.3);
    expect(unhandled).toEqual([]);
  });
});

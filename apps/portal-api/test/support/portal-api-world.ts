import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BankSandbox, loadOAuthClients, startBankSandbox } from '@devportal/bank-sandbox';
import {
  applicationActor,
  CATALOG_V1,
  ClientSecretHasher,
  DEFAULT_SYNC_RUN_POLICY,
  type KeyEncryptionPort,
  LimitChangeService,
  type LimitChangeSyncReport,
  type Membership,
  newPepperSecret,
  newSyncRun,
  nodeCrypto,
  ROLES,
  type Role,
  systemClock,
} from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  DynamoSyncRunRepository,
  dynamoRepositories,
  LocalKeyFileEncryption,
  memberItem,
  putItem,
} from '@devportal/portal-dynamodb';
import { foundOrganisationWithEveryRole } from '@devportal/portal-dynamodb/test-organisations';
import { sberOAuthEndpointsAt } from '@devportal/sber-client';
import {
  type DynamoDbTestTable,
  SecretWitness,
  useDynamoDbTestTable,
} from '@devportal/test-support';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  createPortalApi,
  jwtAuthenticator,
  type LogEntry,
  localKeys,
  type PortalApiDependencies,
  type PortalApiServer,
  portalContract,
  startPortalApiServer,
} from '../../src/index.js';
import { PARTNER_TEST_DESTINATIONS } from './partner-test-destinations.js';
import { portalResponseContract } from './portal-response-contract.js';
import { RecordingSyncTrigger } from './recording-sync-trigger.js';
import { TEST_AUDIENCE, TEST_ISSUER, TestIdentity, type TestPerson } from './test-identity.js';

/** An answer of the API, its body parsed when it is JSON, else its text. */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the contract allows
  readonly body: any;
}

/** How to send a request beyond method and path. */
export interface Sending {
  readonly body?: unknown;
  /** Sent as is, instead of `body` as JSON. */
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

/** An organisation with one member per role, created through the domain (fast) for the tests. */
export interface TestOrganisation {
  readonly id: string;
  readonly members: Readonly<Record<Role, TestPerson>>;
}

/** The API on a loopback port over the run's DynamoDB Local and a real bank sandbox. */
export interface PortalApiWorld {
  url: string;
  identity: TestIdentity;
  sandbox: BankSandbox;
  store: DocumentStore;
  /** The file's own table on the run's DynamoDB Local. */
  table: DynamoDbTestTable;
  witness: SecretWitness;
  /** What the API seals secrets with (bank tokens, webhook signing secrets). */
  keyEncryption: KeyEncryptionPort;
  /** The status sync the API triggers on `POST …/limit-changes/sync`. */
  readonly statusSync: RecordingSyncTrigger;
  /** Every line the app logged. */
  readonly logLines: LogEntry[];
  /** Sends a request as `who` (anonymous when `undefined`); asserts the answer honours the contract. */
  call(
    who: TestPerson | undefined,
    method: string,
    path: string,
    sending?: Sending,
  ): Promise<Answer>;
  organisation(): Promise<TestOrganisation>;
  /** Adds a new person to the organisation as `role`, directly in storage. */
  join(organisationId: string, role: Exclude<Role, 'Owner'>): Promise<TestPerson>;
  /** How many items the organisation's partition holds (for "nothing was written"). */
  itemCount(organisationId: string): Promise<number>;
  /** Records a limit-change request of the organisation as the gateway would; its externalId. */
  limitChange(organisationId: string, state?: string): Promise<string>;
  /** Records a completed status-sync run of the organisation as the sync would; its runId. */
  syncRun(organisationId: string): Promise<string>;
}

/** What a status sync reports in the tests. */
export const SYNC_REPORT: LimitChangeSyncReport = {
  checked: 3,
  changed: 1,
  failed: 0,
  stillPending: 2,
  waitingForSignature: 1,
  durationMs: 42,
};

/** The website's page the bank sends the browser back to (the API itself serves no redirect). */
export const SITE_CALLBACK_PATH = '/bank-connection/callback';
/** Where that page posts what the bank sent, with the person's JWT. */
export const COMPLETION_PATH = '/v1/bank-connection/callback';

/** What a test file may set of the API's dependencies. */
export type WorldSettings = Partial<
  Pick<PortalApiDependencies, 'webhookDestinations' | 'syncRunPolicy' | 'clock'>
>;

/** Registers hooks giving the test file an API of its own (own table, own server). */
export function usePortalApi(prefix: string, settings: WorldSettings = {}): PortalApiWorld {
  const table = useDynamoDbTestTable(prefix, createTable);
  const logLines: LogEntry[] = [];
  let server: PortalApiServer;
  const world = {
    logLines,
    table,
    witness: new SecretWitness(),
    statusSync: new RecordingSyncTrigger(),
  } as PortalApiWorld;

  beforeAll(async () => {
    world.identity = await TestIdentity.create();
    world.sandbox = await startBankSandbox({ port: 0, clients: portalRegisteredClients() });
    world.store = new DocumentStore(table.client, table.tableName);
    await dynamoRepositories({ client: table.client, tableName: table.tableName }).catalog.publish(
      CATALOG_V1,
    );
    const keyDirectory = await mkdtemp(join(tmpdir(), 'portal-api-'));
    world.keyEncryption = await LocalKeyFileEncryption.open(join(keyDirectory, 'bank-token.key'));
    const sandboxClient = world.sandbox.clients[0];
    if (!sandboxClient) throw new Error('the bank sandbox has no OAuth client');
    // The server's port is known only once it listens; the redirect URI is resolved lazily.
    const bankOAuth = {
      ...sberOAuthEndpointsAt(world.sandbox.url),
      clientId: sandboxClient.clientId,
      clientSecret: sandboxClient.clientSecret,
      get redirectUri() {
        return `${world.url}${SITE_CALLBACK_PATH}`;
      },
    };
    const app = createPortalApi({
      dynamoDb: table.client,
      tableName: table.tableName,
      clock: settings.clock ?? systemClock,
      crypto: nodeCrypto,
      hasher: ClientSecretHasher.keyedBy(newPepperSecret()),
      authenticator: jwtAuthenticator({
        keys: localKeys({ keys: [world.identity.publicJwk] }),
        issuer: TEST_ISSUER,
        audience: TEST_AUDIENCE,
      }),
      bankOAuth,
      keyEncryption: world.keyEncryption,
      limitChangeSync: world.statusSync,
      logger: (entry) => logLines.push(entry),
      webhookDestinations: PARTNER_TEST_DESTINATIONS,
      ...settings,
    });
    server = await startPortalApiServer(app, { port: 0 });
    world.url = server.url;
  });
  afterAll(async () => {
    await server?.close();
    await world.sandbox?.close();
  });

  world.call = async (who, method, path, sending = {}) => {
    const headers: Record<string, string> = { ...sending.headers };
    if (who) headers.authorization = `Bearer ${who.token}`;
    let body: string | undefined = sending.rawBody;
    if (sending.body !== undefined) {
      body = JSON.stringify(sending.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${world.url}${path}`, { method, headers, body });
    const text = await response.text();
    const answer: Answer = {
      status: response.status,
      headers: response.headers,
      body: text === '' ? undefined : isJson(response) ? JSON.parse(text) : text,
    };
    expectHonoursContract(method, path, answer);
    return answer;
  };

  world.organisation = async () => {
    const members = {} as Record<Role, TestPerson>;
    for (const role of ROLES) members[role] = await world.identity.person(role.toLowerCase());
    const id = await foundOrganisationWithEveryRole(table.client, table.tableName, systemClock, {
      founder: { ...members.Owner, sourceIp: '203.0.113.1' },
      others: members,
    });
    return { id, members };
  };

  world.join = async (organisationId, role) => {
    const person = await world.identity.person(role.toLowerCase());
    await world.store.write(
      putItem(table.tableName, memberItem(membershipOf(organisationId, person, role))),
    );
    return person;
  };

  world.limitChange = async (organisationId, state = 'CREATED') => {
    const externalId = randomUUID();
    const limitChanges = new LimitChangeService({
      ...dynamoRepositories({ client: table.client, tableName: table.tableName }),
      clock: systemClock,
      crypto: nodeCrypto,
    });
    await limitChanges.record(applicationActor('gateway-app', '203.0.113.9'), organisationId, {
      externalId,
      state,
      businessCardId: randomUUID(),
      contour: 'sandbox',
    });
    return externalId;
  };

  world.syncRun = async (organisationId) => {
    const syncRuns = new DynamoSyncRunRepository(world.store);
    const now = new Date();
    const run = newSyncRun(organisationId, randomUUID(), 'fixture', now, DEFAULT_SYNC_RUN_POLICY);
    // Admitted whatever ran before: a cooldown that started after this run.
    if (!(await syncRuns.start(run, new Date(now.getTime() + 1).toISOString()))) {
      throw new Error('another run of the organisation is still running');
    }
    await syncRuns.finish(
      organisationId,
      run.runId,
      { status: 'completed', report: SYNC_REPORT },
      now.toISOString(),
    );
    return run.runId;
  };

  world.itemCount = async (organisationId) => {
    let count = 0;
    for await (const _item of world.store.queryAll({
      keyCondition: { expression: 'PK = :pk', values: { ':pk': `ORG#${organisationId}` } },
    })) {
      count++;
    }
    return count;
  };

  return world;
}

/**
 * The sandbox's registered clients, with the site's callback page among the redirect URIs: its
 * default client lists `/oauth/callback` only (loopback redirect URIs match on any port).
 */
function portalRegisteredClients() {
  return loadOAuthClients().map((client) => ({
    ...client,
    redirectUris: [...client.redirectUris, `http://127.0.0.1:3000${SITE_CALLBACK_PATH}`],
  }));
}

function membershipOf(organisationId: string, person: TestPerson, role: Role): Membership {
  return {
    organisationId,
    userId: person.userId,
    email: person.email,
    role,
    joinedAt: new Date().toISOString(),
    version: 1,
  };
}

/**
 * Every answer of an operation of the spec must be one the operation declares, status, body and
 * all (405, which a path answers for methods it lacks, matches no operation).
 */
function expectHonoursContract(method: string, path: string, answer: Answer): void {
  const match = portalContract.operation(method, path);
  if (!match) return;
  const violations = portalResponseContract.validateResponse(
    match.operationId,
    answer.status,
    answer.body,
    answer.headers.get('content-type') ?? undefined,
  );
  expect(violations, `${method} ${path} → ${answer.status}`).toEqual([]);
}

/** Whether `response` says its body is JSON (`application/json`, `application/problem+json`). */
function isJson(response: Response): boolean {
  return /[/+]json\b/.test(response.headers.get('content-type') ?? '');
}

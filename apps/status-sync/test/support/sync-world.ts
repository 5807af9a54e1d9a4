import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BankSandbox, ManualClock, startBankSandbox } from '@devportal/bank-sandbox';
import { SoftwareGostSigner, signLimitChange } from '@devportal/digest';
import {
  applicationActor,
  type Clock,
  type LimitChangeRecord,
  LimitChangeService,
  nodeCrypto,
  type PortalRepositories,
  staticHostResolver,
  TokenVault,
  type WebhookDestinationPolicy,
  WebhookPublisher,
} from '@devportal/portal-domain';
import {
  createTable,
  dynamoRepositories,
  LocalKeyFileEncryption,
} from '@devportal/portal-dynamodb';
import { createSberClient, type SberClient } from '@devportal/sber-client';
import { dynamoDbLocalClient, useDynamoDbTestTable } from '@devportal/test-support';
import { afterAll, beforeAll } from 'vitest';
import {
  deliverDueWebhooks,
  httpWebhookTransport,
  runStatusSync,
  SberBankStateReader,
  type StatusSyncDependencies,
  type StatusSyncReport,
  type WebhookDeliveryReport,
} from '../../src/index.js';

const HOUR = 60 * 60_000;

/**
 * Where the tests' webhooks may point: plain http receivers on loopback ports, as on the local
 * stack; no name resolves (the table is empty), so nothing is ever looked up.
 */
export const LOOPBACK_RECEIVERS: WebhookDestinationPolicy = {
  resolver: staticHostResolver({}),
  allowLoopbackHttp: true,
  allowAnyPort: true,
};

/**
 * Transitions far slower than the sync's longest backoff (an hour), so that a sync
 * every 15 minutes sees every state the sandbox goes through.
 */
export const SLOW_TRANSITIONS = { DELIVERED: 6 * HOUR, ACCEPTED: 6 * HOUR, IMPLEMENTED: 6 * HOUR };

/** What each limit-change request of a test is meant to end as. */
export type Fate = 'implemented' | 'refused' | 'draft';

/** The states the sandbox takes a request of each fate through. */
export const SANDBOX_PATHS: Record<Fate, string[]> = {
  implemented: ['SIGNED', 'DELIVERED', 'ACCEPTED', 'IMPLEMENTED'],
  refused: ['SIGNED', 'DELIVERED', 'REFUSEDBYBANK'],
  draft: ['CREATED'],
};

/** A portal table, the bank sandbox on a manual clock, and the sync wired to both. */
export interface SyncWorld {
  sandbox: BankSandbox;
  readonly clock: ManualClock;
  /** The portal's view of the sandbox's clock. */
  readonly domainClock: Clock;
  deps: StatusSyncDependencies;
  limitChanges: LimitChangeService;
  /** What the portal's services run on (repositories on the test table, the manual clock). */
  serviceDeps: PortalRepositories & { clock: Clock; crypto: typeof nodeCrypto };
  webhooks: PortalRepositories['webhooks'];
  vault: TokenVault;
  /** The DynamoDB commands the sync's client sent, by name. */
  readonly commands: string[];
  /** Commands the client fails with a connection error, as a store gone away would. */
  readonly failingCommands: Set<string>;
  /** The organisation (in the portal) whose requests the tests create. */
  readonly organisationId: string;
  /** Creates requests at the sandbox (signed as the director, or drafts) and records them. */
  createRequests(
    fates: readonly Fate[],
    organisationId?: string,
    applicationId?: string,
  ): Promise<LimitChangeRecord[]>;
  /** The webhook rounds `syncEvery` ran, in order. */
  readonly deliveries: WebhookDeliveryReport[];
  /**
   * Moves the clock by `stepMs`, syncs, then runs a webhook delivery round (their own schedule in
   * AWS), `steps` times; the sync reports in order.
   */
  syncEvery(
    stepMs: number,
    steps: number,
    before?: (step: number) => void,
  ): Promise<StatusSyncReport[]>;
}

/** Registers the hooks that build a {@link SyncWorld} for the calling test file. */
export function useSyncWorld(prefix: string): SyncWorld {
  const table = useDynamoDbTestTable(prefix, createTable);
  const clock = new ManualClock(Date.parse('2026-11-23T09:00:00Z'));
  const domainClock: Clock = { now: () => new Date(clock.now()) };
  const commands: string[] = [];
  const failingCommands = new Set<string>();
  const world = {
    clock,
    domainClock,
    commands,
    failingCommands,
    deliveries: [] as WebhookDeliveryReport[],
    organisationId: randomUUID(),
  } as SyncWorld;
  let client: SberClient;
  let reader: SberBankStateReader;

  beforeAll(async () => {
    world.sandbox = await startBankSandbox({
      port: 0,
      clock,
      transitionDelays: SLOW_TRANSITIONS,
    });
    const bankOrganisation = world.sandbox.organizations[0]?.id;
    const token = async () => world.sandbox.issueAccessToken({ organizationId: bankOrganisation });
    client = createSberClient({ environment: world.sandbox.apiBaseUrl, tokenProvider: token });
    reader = new SberBankStateReader({
      contours: {
        sandbox: {
          apiBaseUrl: world.sandbox.apiBaseUrl,
          accessToken: token,
          invalidate: () => undefined,
        },
      },
      backoff: { initialDelayMs: 5, maxDelayMs: 20 },
    });
    const dynamoDb = dynamoDbLocalClient();
    dynamoDb.middlewareStack.add(
      (next, context) => (args) => {
        commands.push(context.commandName ?? 'unknown');
        if (failingCommands.has(context.commandName ?? '')) {
          return Promise.reject(
            Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
          );
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    const keyFile = join(await mkdtemp(join(tmpdir(), 'status-sync-key-')), 'webhook.key');
    const vault = new TokenVault(await LocalKeyFileEncryption.open(keyFile));
    const repositories = dynamoRepositories({ client: dynamoDb, tableName: table.tableName });
    const { webhooks } = repositories;
    const base = { ...repositories, clock: domainClock, crypto: nodeCrypto };
    world.serviceDeps = base;
    world.webhooks = webhooks;
    world.vault = vault;
    world.limitChanges = new LimitChangeService(base);
    world.deps = {
      ...base,
      bank: reader,
      // Production is not configured here: a request is only read where its record says.
      outbox: new WebhookPublisher({ webhooks, clock: domainClock }),
      usageRollup: repositories.usageRollup,
      webhookDelivery: {
        webhooks,
        vault,
        transport: httpWebhookTransport(2_000),
        clock: domainClock,
        destinations: LOOPBACK_RECEIVERS,
      },
    };
  });

  afterAll(async () => {
    await reader?.close();
    await client?.close();
    await world.sandbox?.close();
  });

  world.createRequests = async (
    fates,
    organisationId = world.organisationId,
    applicationId = 'app-under-test',
  ) => {
    const organisation = world.sandbox.organizations[0];
    if (!organisation) throw new Error('the sandbox has no organisation');
    const active = organisation.cards.find((card) => card.status === 'ACTIVE');
    const blocked = organisation.cards.find((card) => card.status === 'BLOCKED');
    if (!active || !blocked) throw new Error('the sandbox lacks an active or a blocked card');
    const signer = new SoftwareGostSigner(
      await world.sandbox.signingCredentials('romashka.director'),
    );
    const gateway = applicationActor(applicationId, '198.51.100.4');
    return Promise.all(
      fates.map(async (fate) => {
        const change = {
          businessCardId: (fate === 'refused' ? blocked : active).businessCardId,
          code: 'NON_RENEW',
          externalId: randomUUID(),
          limit: 150_000,
        };
        const body = fate === 'draft' ? change : await signLimitChange(change, [signer]);
        const result = await client.createLimitChange(body);
        if (result.outcome !== 'created') throw new Error(`the sandbox refused ${fate}`);
        return world.limitChanges.record(gateway, organisationId, {
          externalId: change.externalId,
          state: result.document.bankStatus ?? 'CREATED',
          businessCardId: change.businessCardId,
          contour: 'sandbox',
          applicationId,
        });
      }),
    );
  };

  world.syncEvery = async (stepMs, steps, before) => {
    const reports: StatusSyncReport[] = [];
    for (let step = 0; step < steps; step++) {
      clock.advance(stepMs);
      before?.(step);
      reports.push(await runStatusSync(world.deps));
      if (world.deps.webhookDelivery) {
        world.deliveries.push(await deliverDueWebhooks(world.deps.webhookDelivery));
      }
    }
    return reports;
  };
  return world;
}

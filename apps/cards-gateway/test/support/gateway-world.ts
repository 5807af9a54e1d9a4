import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import {
  AccessRequestService,
  type Actor,
  ApplicationService,
  CATALOG_V1,
  type Catalog,
  ClientSecretHasher,
  nodeCrypto,
  OrganisationService,
  SubscriptionService,
  systemClock,
} from '@devportal/portal-domain';
import {
  createTable,
  DocumentStore,
  dynamoApiRepositories,
  dynamoPortalRepositories,
  LocalKeyFileEncryption,
} from '@devportal/portal-domain/dynamodb';
import { createSberClient, type SberClient } from '@devportal/sber-client';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { afterAll, beforeAll } from 'vitest';
import {
  type CardsGateway,
  type CardsGatewayDependencies,
  type CardsGatewayServer,
  createCardsGateway,
  DEFAULT_BASE_PATH,
  type QuotaWarning,
  signingKeyFromFile,
  startCardsGatewayServer,
} from '../../src/index.js';

/** The test catalog: the real one plus plans to exhaust in a test, and one roomy enough for any test. */
export const TEST_CATALOG: Catalog = {
  version: CATALOG_V1.version + 1,
  products: CATALOG_V1.products.map((product) => ({
    ...product,
    plans: [
      ...product.plans,
      {
        id: 'tiny',
        name: 'Tiny',
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 1_000,
        quotaPerDay: 3,
      },
      {
        id: 'roomy',
        name: 'Roomy',
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 10_000,
        quotaPerDay: 1_000_000,
      },
      {
        id: 'slow',
        name: 'Slow',
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 2,
        quotaPerDay: 1_000,
      },
    ],
  })),
};

/** An application of a new organisation, subscribed to a plan, with its credentials. */
export interface TestApplication {
  readonly organisationId: string;
  readonly applicationId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly owner: Actor;
}

/** Everything a gateway test file needs, started once per file. */
export interface GatewayWorld {
  sandbox: BankSandbox;
  gateway: CardsGateway;
  server: CardsGatewayServer;
  deps: CardsGatewayDependencies;
  /** The bank API's base URL on the gateway: what `createSberClient` gets as `environment`. */
  apiUrl: string;
  quotaWarnings: QuotaWarning[];
  services: ReturnType<typeof servicesOf>;
  /** A new organisation with an application subscribed to `planId` (none when `undefined`). */
  application(planId: string | undefined): Promise<TestApplication>;
  /** `POST /oauth/token` with HTTP Basic. */
  requestToken(clientId: string, clientSecret: string): Promise<Response>;
  /** A gateway token for the application (asserting the endpoint issued one). */
  token(app: TestApplication): Promise<string>;
  /** The bank's own SDK pointed at the gateway with `token`. */
  client(token: string): SberClient;
}

/** A person, as the identity provider would describe them. */
export function person(label: string, extra: Partial<Actor> = {}): Actor {
  const userId = `${label}-${randomUUID()}`;
  return { userId, email: `${userId}@example.test`, sourceIp: '203.0.113.7', ...extra };
}

function servicesOf(deps: CardsGatewayDependencies) {
  const store = new DocumentStore(deps.dynamoDb, deps.tableName);
  const api = dynamoApiRepositories(store);
  const portal = dynamoPortalRepositories(deps.dynamoDb, deps.tableName);
  const all = { ...portal, ...api, clock: deps.clock, crypto: deps.crypto, hasher: deps.hasher };
  return {
    api,
    organisations: new OrganisationService(all),
    applications: new ApplicationService(all),
    subscriptions: new SubscriptionService(all),
    accessRequests: new AccessRequestService(all),
  };
}

/**
 * Registers the hooks of a test file: a table on the run's DynamoDB Local, a bank sandbox on a
 * loopback port, the test catalog published, and the gateway serving on a loopback port.
 * `configure` adjusts the dependencies (e.g. a production contour).
 */
export function useGatewayWorld(
  prefix: string,
  configure: (
    deps: CardsGatewayDependencies,
    sandbox: BankSandbox,
  ) => CardsGatewayDependencies | Promise<CardsGatewayDependencies> = (deps) => deps,
): GatewayWorld {
  const table = useDynamoDbTestTable(prefix, createTable);
  const world = { quotaWarnings: [] as QuotaWarning[] } as GatewayWorld;
  beforeAll(async () => {
    world.sandbox = await startBankSandbox({ port: 0 });
    const keys = mkdtempSync(join(tmpdir(), 'cards-gateway-'));
    const base: CardsGatewayDependencies = {
      dynamoDb: table.client,
      tableName: table.tableName,
      clock: systemClock,
      crypto: nodeCrypto,
      hasher: new ClientSecretHasher({ N: 2 ** 10, r: 8, p: 1 }),
      keyEncryption: await LocalKeyFileEncryption.open(join(keys, 'bank-token.key')),
      signingKey: await signingKeyFromFile(join(keys, 'gateway-signing.pem')),
      sandbox: {
        apiBaseUrl: world.sandbox.apiBaseUrl,
        demo: {
          authorizeUrl: `${world.sandbox.url}/ic/sso/api/v2/oauth/authorize`,
          tokenUrl: `${world.sandbox.url}/ic/sso/api/v2/oauth/token`,
          clientId: 'devportal-sandbox',
          clientSecret: 'sandbox-secret',
          redirectUri: 'http://127.0.0.1:3000/oauth/callback',
          login: 'romashka.director',
          scopes: ['openid', 'BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'],
        },
      },
      onQuotaWarning: (warning) => world.quotaWarnings.push(warning),
      analyticsFlushIntervalMs: 60_000,
    };
    world.deps = await configure(base, world.sandbox);
    world.services = servicesOf(world.deps);
    await world.services.api.catalog.publish(TEST_CATALOG);
    world.gateway = createCardsGateway(world.deps);
    world.server = await startCardsGatewayServer(world.gateway, { port: 0 });
    world.apiUrl = `${world.server.url}${DEFAULT_BASE_PATH}`;
  });
  afterAll(async () => {
    await world.server?.close();
    await world.gateway?.close();
    await world.sandbox?.close();
  });

  world.application = async (planId) => {
    const owner = person('owner');
    const organisation = await world.services.organisations.create(owner, 'Partner');
    const created = await world.services.applications.create(owner, organisation.id, {
      name: 'Card manager',
    });
    if (planId) {
      await world.services.subscriptions.subscribe(
        owner,
        organisation.id,
        created.application.id,
        'business-cards',
        planId,
      );
    }
    return {
      organisationId: organisation.id,
      applicationId: created.application.id,
      clientId: created.application.clientId,
      clientSecret: created.clientSecret,
      owner,
    };
  };
  world.requestToken = (clientId, clientSecret) =>
    fetch(`${world.server.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
  world.token = async (app) => {
    const response = await world.requestToken(app.clientId, app.clientSecret);
    if (response.status !== 200) throw new Error(`no token: ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  world.client = (token) =>
    createSberClient({ environment: world.apiUrl, accessToken: token, maxRetries: 0 });
  return world;
}

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { CATALOG_V1, type Catalog, type QuotaWarning } from '@devportal/portal-domain';
import { createTable } from '@devportal/portal-dynamodb';
import { createSberClient, type SberClient } from '@devportal/sber-client';
import { useDynamoDbTestTable } from '@devportal/test-support';
import { afterAll, beforeAll } from 'vitest';
import {
  type CardsGateway,
  type CardsGatewayDependencies,
  type CardsGatewayServer,
  createCardsGateway,
  DEFAULT_BASE_PATH,
  startCardsGatewayServer,
} from '../../src/index.js';
import {
  localGatewayDependencies,
  newApplication,
  type PortalServices,
  portalServices,
  type TestApplication,
} from './local-gateway.js';

export { person, type TestApplication } from './local-gateway.js';

/** The test catalog: the real one plus plans to exhaust in a test, and one roomy enough for any test. */
export const TEST_CATALOG: Catalog = {
  version: CATALOG_V1.version + 1,
  products: CATALOG_V1.products.map((product) => ({
    ...product,
    plans: [
      ...product.plans,
      {
        id: 'tiny',
        texts: { ru: { name: 'Tiny' }, en: { name: 'Tiny' } },
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 1_000,
        quotaPerDay: 3,
      },
      {
        id: 'roomy',
        texts: { ru: { name: 'Roomy' }, en: { name: 'Roomy' } },
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 10_000,
        quotaPerDay: 1_000_000,
      },
      {
        id: 'twenty',
        texts: { ru: { name: 'Twenty a day' }, en: { name: 'Twenty a day' } },
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 10_000,
        quotaPerDay: 20,
      },
      {
        id: 'slow',
        texts: { ru: { name: 'Slow' }, en: { name: 'Slow' } },
        contour: 'sandbox',
        confidential: false,
        ratePerSecond: 2,
        quotaPerDay: 1_000,
      },
    ],
  })),
};

/** Everything a gateway test file needs, started once per file. */
export interface GatewayWorld {
  sandbox: BankSandbox;
  gateway: CardsGateway;
  server: CardsGatewayServer;
  deps: CardsGatewayDependencies;
  /** The client of the world's table, which `deps.repositories` send through. */
  dynamoDb: DynamoDBClient;
  /** The world's table on the run's DynamoDB Local. */
  tableName: string;
  /** The bank API's base URL on the gateway: what `createSberClient` gets as `environment`. */
  apiUrl: string;
  quotaWarnings: QuotaWarning[];
  services: PortalServices;
  /** A new organisation with an application subscribed to `planId` (none when `undefined`). */
  application(planId: string | undefined): Promise<TestApplication>;
  /** `POST /oauth/token` with HTTP Basic, on the world's gateway or the one at `origin`. */
  requestToken(clientId: string, clientSecret: string, origin?: string): Promise<Response>;
  /** A gateway token for the application (asserting the endpoint issued one). */
  token(app: TestApplication): Promise<string>;
  /** The bank's own SDK pointed at the gateway with `token`. */
  client(token: string): SberClient;
  /**
   * Another gateway on the same table and sandbox, serving on its own loopback port: a second
   * Lambda execution environment, sharing nothing with the first but storage. Its base URL.
   */
  anotherGateway(deps?: Partial<CardsGatewayDependencies>): Promise<string>;
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
    world.dynamoDb = table.client;
    world.tableName = table.tableName;
    const base: CardsGatewayDependencies = {
      ...(await localGatewayDependencies(table.client, table.tableName, world.sandbox)),
      onQuotaWarning: (warning) => world.quotaWarnings.push(warning),
    };
    world.deps = await configure(base, world.sandbox);
    world.services = portalServices(world.deps);
    await world.services.repositories.catalog.publish(TEST_CATALOG);
    world.gateway = createCardsGateway(world.deps);
    world.server = await startCardsGatewayServer(world.gateway, { port: 0 });
    world.apiUrl = `${world.server.url}${DEFAULT_BASE_PATH}`;
  });
  const others: { server: CardsGatewayServer; gateway: CardsGateway }[] = [];
  afterAll(async () => {
    for (const { server, gateway } of [world, ...others]) {
      await server?.close();
      await gateway?.close();
    }
    await world.sandbox?.close();
  });
  world.anotherGateway = async (overrides = {}) => {
    const gateway = createCardsGateway({ ...world.deps, ...overrides });
    const server = await startCardsGatewayServer(gateway, { port: 0 });
    others.push({ server, gateway });
    return server.url;
  };

  world.application = (planId) => newApplication(world.services, planId);
  world.requestToken = (clientId, clientSecret, origin = world.server.url) =>
    fetch(`${origin}/oauth/token`, {
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

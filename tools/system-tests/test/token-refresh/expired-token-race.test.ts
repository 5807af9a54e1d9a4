import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { BankSandbox } from '@devportal/bank-sandbox';
import {
  type CardsGateway,
  type CardsGatewayServer,
  createCardsGateway,
  DEFAULT_BASE_PATH,
  startCardsGatewayServer,
} from '@devportal/cards-gateway';
// The gateway tests' own wiring.
import {
  localGatewayDependencies,
  newApplication,
  person,
  portalServices,
  withMutualTlsProduction,
} from '@devportal/cards-gateway/local-gateway';
import { BankConnectionService, CATALOG_V1, TokenVault } from '@devportal/portal-domain';
import { createTable, LocalKeyFileEncryption } from '@devportal/portal-dynamodb';
import { dynamoDbLocalClient } from '@devportal/test-support';
import {
  directorTokens,
  type MutualTlsBank,
  startMutualTlsBank,
} from '@devportal/test-support/mutual-tls-bank';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../support/provided-context.js';

const CALLS = 20;

let mutualTlsBank: MutualTlsBank;
let bank: BankSandbox;
let dynamoDb: DynamoDBClient;
let gateway: CardsGateway;
let server: CardsGatewayServer;
let services: ReturnType<typeof portalServices>;
let vault: TokenVault;
let clock: import('@devportal/portal-domain').Clock;
let crypto: import('@devportal/portal-domain').DomainCrypto;

beforeAll(async () => {
  mutualTlsBank = await startMutualTlsBank();
  bank = mutualTlsBank.bank;
  dynamoDb = dynamoDbLocalClient();
  const tableName = `token-race-${randomUUID().slice(0, 8)}`;
  await createTable(dynamoDb, tableName);
  vault = new TokenVault(
    await LocalKeyFileEncryption.open(join(mkdtempSync(join(tmpdir(), 'token-race-')), 'key')),
  );
  const base = await localGatewayDependencies(dynamoDb, tableName, bank);
  clock = base.clock;
  crypto = base.crypto;
  const deps = withMutualTlsProduction(base, mutualTlsBank, vault);
  services = portalServices(deps);
  // The production plan with room for the race's burst: at its catalog rate (20 a second) the
  // plan meter admits 2 simultaneous calls (any second stays within the rate + 10 %).
  await services.repositories.catalog.publish({
    ...CATALOG_V1,
    products: CATALOG_V1.products.map((product) => ({
      ...product,
      plans: product.plans.map((plan) =>
        plan.id === 'production' ? { ...plan, ratePerSecond: 1_000 } : plan,
      ),
    })),
  });
  gateway = createCardsGateway(deps);
  server = await startCardsGatewayServer(gateway, { port: 0 });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await gateway?.close();
  await bank?.close();
  dynamoDb?.destroy();
});

describe('an expired bank token met by concurrent gateway calls', () => {
  it(`refreshes it once at the bank for ${CALLS} concurrent calls, all answered`, async () => {
    // Prepare
    const app = await newApplication(services, undefined);
    const request = await services.accessRequests.submit(
      app.owner,
      await services.access.authorise(app.owner, app.organisationId, 'accessRequest.submit'),
      {
        productId: 'business-cards',
        contactName: 'Anna Partner',
        contactEmail: 'anna@example.test',
        purpose: 'Manage the limits of our business cards',
      },
    );
    await services.accessRequests.decide(person('operator', { operator: true }), request.id, {
      decision: 'approve',
    });
    await services.subscriptions.subscribe(
      app.owner,
      await services.access.authorise(app.owner, app.organisationId, 'subscription.manage'),
      app.applicationId,
      'business-cards',
      'production',
    );
    const tokens = await directorTokens(mutualTlsBank);
    const now = Date.now();
    await new BankConnectionService({
      ...services.repositories,
      vault,
      clock,
      crypto,
    }).connect(
      app.owner,
      await services.access.authorise(app.owner, app.organisationId, 'bankConnection.manage'),
      {
        ...tokens,
        accessTokenExpiresAt: new Date(now - 60_000).toISOString(),
        refreshTokenExpiresAt: new Date(now + 86_400_000).toISOString(),
        scopes: ['BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'],
      },
    );
    bank.expireAccessToken(tokens.accessToken);
    const basic = Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64');
    const issued = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${basic}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(issued.status).toBe(200);
    const { access_token: gatewayToken } = (await issued.json()) as { access_token: string };
    const grantsBefore = bank.requestCount('exchangeToken');
    const listsBefore = bank.requestCount('listBusinessCards', { handledOnly: true });
    const started = performance.now();

    // Act
    const statuses = await Promise.all(
      Array.from({ length: CALLS }, async () => {
        const answer = await fetch(
          `${server.url}${DEFAULT_BASE_PATH}/v1/business-cards?page=1&statusCodes=ACTIVE`,
          { headers: { authorization: `Bearer ${gatewayToken}` } },
        );
        await answer.arrayBuffer();
        return answer.status;
      }),
    );
    const refreshes = bank.requestCount('exchangeToken') - grantsBefore;
    const lists = bank.requestCount('listBusinessCards', { handledOnly: true }) - listsBefore;
    console.info(
      `token refresh race: ${CALLS} concurrent calls on an expired bank token, ` +
        `${statuses.filter((status) => status === 200).length} answered 200, ` +
        `${refreshes} refresh at the bank's token endpoint, ${lists} bank calls, ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    // Assess
    expect(statuses).toEqual(Array.from({ length: CALLS }, () => 200));
    expect(refreshes).toBe(1);
    expect(lists).toBe(CALLS);
  });
});

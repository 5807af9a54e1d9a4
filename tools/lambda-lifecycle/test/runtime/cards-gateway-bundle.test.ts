import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bankRequest,
  callThroughApiGateway,
  type HarnessApplication,
  type LambdaFunction,
  type LifecycleWorld,
  tokenRequest,
} from '../../src/index.js';
import { bundles, startWorld } from '../support/world.js';

let world: LifecycleWorld;
let gateway: LambdaFunction;
let application: HarnessApplication;

beforeAll(async () => {
  world = await startWorld();
  application = await world.applicationOnSandboxPlan({
    id: 'harness-roomy',
    ratePerSecond: 1_000,
    quotaPerDay: 1_000_000,
  });
  gateway = world.cardsGateway({ bundlePath: bundles().cardsGateway, reservedConcurrency: 2 });
});

afterAll(async () => {
  await world?.close();
});

describe('the cards gateway bundle, run as Lambda runs it', () => {
  it('issues a token at POST /oauth/token and calls the bank with it', async () => {
    // Act
    const token = await callThroughApiGateway(
      gateway,
      tokenRequest(application.clientId, application.clientSecret),
    );
    const tokenBody = (await token.response.json()) as { access_token: string };
    const banksBefore = world.sandbox.requestCount('listBusinessCards');
    const cards = await callThroughApiGateway(
      gateway,
      bankRequest('/v1/business-cards?page=1&statusCodes=ACTIVE', tokenBody.access_token),
    );

    // Assess
    expect(token.response.status).toBe(200);
    expect(token.invocation.coldStart).toBe(true);
    // Module init read the signing key and the contours' secrets from Secrets Manager.
    expect(token.invocation.awsCalls['SecretsManager.GetSecretValue']).toBeGreaterThanOrEqual(1);
    expect(
      token.invocation.awsCalls['DynamoDB.Query'] ?? token.invocation.awsCalls['DynamoDB.GetItem'],
    ).toBeGreaterThanOrEqual(1);
    expect(cards.response.status).toBe(200);
    expect(cards.invocation.coldStart).toBe(false);
    expect(world.sandbox.requestCount('listBusinessCards') - banksBefore).toBe(1);
    const page = (await cards.response.json()) as { businessCards?: unknown[] };
    expect(Array.isArray(page.businessCards) && page.businessCards.length).toBeGreaterThan(0);
  });

  it('answers a request without credentials with 401 in the bank format, from the same bundle', async () => {
    // Act
    const { response } = await callThroughApiGateway(
      gateway,
      bankRequest('/v1/business-cards?page=1&statusCodes=ACTIVE', 'not-a-token'),
    );

    // Assess
    expect(response.status).toBe(401);
  });
});

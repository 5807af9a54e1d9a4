import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import { type Clock, nodeCrypto, type TokenVault } from '@devportal/portal-domain';
import { sberOAuthEndpointsAt } from '@devportal/sber-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bankContoursFromEnvironment,
  type ProductionTokenStorage,
  SANDBOX_DEMO_SCOPES,
  sandboxDemoAccess,
  UnknownSandboxUserError,
} from '../src/index.js';

let sandbox: BankSandbox;
beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
});
afterAll(() => sandbox?.close());

/** What the production contour would read tokens with; never reached by these tests. */
const unusedStorage: ProductionTokenStorage = {
  bankConnections: {} as ProductionTokenStorage['bankConnections'],
  vault: {} as TokenVault,
  clock: { now: () => new Date() } satisfies Clock,
  crypto: nodeCrypto,
};

async function cardPageStatus(token: string): Promise<number> {
  const answer = await fetch(`${sandbox.apiBaseUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await answer.body?.cancel();
  return answer.status;
}

describe('the sandbox contour', () => {
  const access = () =>
    sandboxDemoAccess(
      {
        apiBaseUrl: sandbox.apiBaseUrl,
        demo: {
          ...sberOAuthEndpointsAt(sandbox.url),
          clientId: 'devportal-sandbox',
          clientSecret: 'sandbox-secret',
          redirectUri: 'http://127.0.0.1:3000/oauth/callback',
          login: 'romashka.director',
          scopes: SANDBOX_DEMO_SCOPES,
        },
      },
      Date.now,
    );

  it('signs each organisation in headlessly as the demo organisation, reuses its token, and renews it once it is refused', async () => {
    // Prepare
    const sandboxAccess = access();

    // Act
    const [first, concurrent] = await Promise.all([
      sandboxAccess.accessToken('any-organisation'),
      sandboxAccess.accessToken('any-organisation'),
    ]);
    const another = await sandboxAccess.accessToken('another-organisation');
    const reused = await sandboxAccess.accessToken('any-organisation');
    sandboxAccess.invalidate('any-organisation', first);
    const renewed = await sandboxAccess.accessToken('any-organisation');

    // Assess
    expect(concurrent).toBe(first);
    expect(reused).toBe(first);
    expect(another).not.toBe(first);
    expect(renewed).not.toBe(first);
    expect(await cardPageStatus(renewed)).toBe(200);
    expect(await cardPageStatus(another)).toBe(200);
  });

  it("points at the sandbox's seeded users and their test signing credentials", async () => {
    // Prepare
    const users = access().sandboxUsers;

    // Act
    const list = await fetch(users?.listUrl ?? '');
    const credentials = await fetch(users?.testCredentialsUrl('vector.director') ?? '');

    // Assess
    expect(users?.defaultLogin).toBe('romashka.director');
    expect(list.status).toBe(200);
    expect(await credentials.json()).toEqual(await sandbox.signingCredentials('vector.director'));
  });

  it("acts as a chosen seeded user, sees that user's cards, and refuses a login the sandbox lacks", async () => {
    // Prepare
    const users = access().sandboxUsers;
    const vector = sandbox.organizations[1];

    // Act
    const token = await users?.as('vector.director').accessToken('organisation-a');
    const cards = await fetch(`${sandbox.apiBaseUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const unknown = users?.as('nobody.at.all').accessToken('organisation-a');

    // Assess
    const { businessCards } = (await cards.json()) as {
      businessCards: { businessCardId: string }[];
    };
    expect(vector?.cards.map((card) => card.businessCardId)).toContain(
      businessCards[0]?.businessCardId,
    );
    await expect(unknown).rejects.toBeInstanceOf(UnknownSandboxUserError);
  });

  it("keeps each organisation's limit-change documents its own at the sandbox", async () => {
    // Prepare
    const sandboxAccess = access();
    const [mine, theirs] = await Promise.all([
      sandboxAccess.accessToken('organisation-a'),
      sandboxAccess.accessToken('organisation-b'),
    ]);
    const externalId = crypto.randomUUID();
    const created = await fetch(`${sandbox.apiBaseUrl}/v1/business-cards/limits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mine}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        businessCardId: sandbox.organizations[0]?.cards[0]?.businessCardId,
        code: 'NON_RENEW',
        externalId,
        limit: 1_000,
      }),
    });
    await created.body?.cancel();

    // Act
    const stateStatus = async (token: string) => {
      const answer = await fetch(
        `${sandbox.apiBaseUrl}/v1/business-cards/limits/${externalId}/state`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      await answer.body?.cancel();
      return answer.status;
    };

    // Assess
    expect(created.status).toBe(201);
    expect(await stateStatus(mine)).toBe(200);
    expect(await stateStatus(theirs)).toBe(404);
  });
});

describe('contours from the environment', () => {
  const sandboxVariables = {
    SANDBOX_API_URL: 'http://127.0.0.1:8443/fintech/api',
    SANDBOX_OAUTH_CLIENT_ID: 'devportal-sandbox',
    SANDBOX_OAUTH_CLIENT_SECRET: 'sandbox-secret',
  };

  it('configures the sandbox always and production only with SBER_API_URL', async () => {
    // Act
    const sandboxOnly = await bankContoursFromEnvironment(sandboxVariables, unusedStorage);
    const both = await bankContoursFromEnvironment(
      {
        ...sandboxVariables,
        SBER_API_URL: 'https://fintech.sberbank.ru:9443/fintech/api',
        SBER_OAUTH_CLIENT_ID: 'portal',
        SBER_OAUTH_CLIENT_SECRET: 'secret',
      },
      unusedStorage,
    );

    // Assess
    expect(sandboxOnly.sandbox?.apiBaseUrl).toBe(sandboxVariables.SANDBOX_API_URL);
    expect(sandboxOnly.production).toBeUndefined();
    expect(both.production?.apiBaseUrl).toBe('https://fintech.sberbank.ru:9443/fintech/api');
  });

  it('names the variable that is missing', async () => {
    // Act
    const withoutClient = bankContoursFromEnvironment(
      { SANDBOX_API_URL: sandboxVariables.SANDBOX_API_URL },
      unusedStorage,
    );
    const withoutSecret = bankContoursFromEnvironment(
      { SANDBOX_API_URL: sandboxVariables.SANDBOX_API_URL, SANDBOX_OAUTH_CLIENT_ID: 'portal' },
      unusedStorage,
    );

    // Assess
    await expect(withoutClient).rejects.toThrow(
      'Set the environment variable SANDBOX_OAUTH_CLIENT_ID',
    );
    await expect(withoutSecret).rejects.toThrow(
      'Set the environment variable SANDBOX_OAUTH_CLIENT_SECRET or SANDBOX_OAUTH_CLIENT_SECRET_ARN',
    );
  });
});

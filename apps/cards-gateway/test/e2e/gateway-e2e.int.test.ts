import { randomUUID } from 'node:crypto';
import {
  createGatewayTokenProvider,
  createSberClient,
  SberAccessDeniedError,
  SberOAuthError,
  SberRateLimitError,
  SberUnauthorizedError,
} from '@devportal/sber-client';
import { generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedSigningKeys, GatewayTokens } from '../../src/index.js';
import { contractFetch, DEFAULT_BASE_PATH } from '../support/contract.js';
import { type TestApplication, useGatewayWorld } from '../support/gateway-world.js';
import { firstActiveCard as activeCardOf, ROMASHKA } from '../support/sandbox-cards.js';

const world = useGatewayWorld('gateway-e2e');
let sandboxApp: TestApplication;
let token: string;

beforeAll(async () => {
  sandboxApp = await world.application('roomy');
  token = await world.token(sandboxApp);
});

function firstActiveCard(): string {
  return activeCardOf(world.sandbox);
}

describe('the bank SDK’s gateway token provider', () => {
  it('gets its token from the gateway’s token endpoint with the Client ID and Client Secret', async () => {
    // Prepare
    const tokenUrl = `${world.server.url}/oauth/token`;
    const client = createSberClient({
      environment: world.apiUrl,
      tokenProvider: createGatewayTokenProvider({
        tokenUrl,
        clientId: sandboxApp.clientId,
        clientSecret: sandboxApp.clientSecret,
      }),
    });
    const refused = createSberClient({
      environment: world.apiUrl,
      tokenProvider: createGatewayTokenProvider({
        tokenUrl,
        clientId: sandboxApp.clientId,
        clientSecret: `${sandboxApp.clientSecret}-wrong`,
      }),
    });

    // Act
    const card = await client.getCorporateCard(firstActiveCard());
    const failure = await refused
      .getCorporateCard(firstActiveCard())
      .catch((error: unknown) => error);

    // Assess
    expect(card.corpCardId).toBe(firstActiveCard());
    expect(failure).toBeInstanceOf(SberOAuthError);
    expect(failure).toMatchObject({ status: 401, error: 'invalid_client' });
  });
});

describe('each bank operation through the gateway with the bank SDK', () => {
  it('lists a page, reads a card, creates a limit change, reads its state and the crypto profile', async () => {
    // Prepare
    const client = world.client(token);
    const externalId = randomUUID();

    // Act
    const page = await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
    const card = await client.getCorporateCard(firstActiveCard());
    const created = await client.createLimitChange({
      businessCardId: firstActiveCard(),
      code: 'NON_RENEW',
      externalId,
      limit: 150000,
    });
    const state = await client.getLimitChangeState(externalId);
    const crypto = await client.getCryptoInfo();

    // Assess
    expect(page.cards).toHaveLength(50);
    expect(card.corpCardId).toBe(firstActiveCard());
    expect(created).toMatchObject({ outcome: 'created', document: { bankStatus: 'CREATED' } });
    expect(state.bankStatus).toBe('CREATED');
    expect(crypto.certificateInfos?.length).toBeGreaterThan(0);
  });

  it('answers every route in the bank contract', async () => {
    // Prepare
    const externalId = randomUUID();
    const card = firstActiveCard();

    // Act
    const answers = [
      await contractFetch(world.apiUrl, '/v1/business-cards?page=1&statusCodes=ACTIVE,BLOCKED', {
        token,
      }),
      await contractFetch(world.apiUrl, `/v1/corporate-cards/${card}`, { token }),
      await contractFetch(world.apiUrl, '/v1/business-cards/limits', {
        method: 'POST',
        token,
        body: { businessCardId: card, code: 'NON_RENEW', externalId, limit: 1000 },
      }),
      await contractFetch(world.apiUrl, `/v1/business-cards/limits/${externalId}/state`, { token }),
      await contractFetch(world.apiUrl, '/v1/crypto', { token }),
      await contractFetch(world.apiUrl, '/v1/business-cards?page=0&statusCodes=ACTIVE', { token }),
      await contractFetch(world.apiUrl, `/v1/corporate-cards/${randomUUID()}`, { token }),
    ];

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 201, 200, 200, 400, 404]);
    expect(answers.every((answer) => answer.headers.get('x-request-id'))).toBe(true);
  });

  it('follows every next link on the gateway through all pages', async () => {
    // Prepare
    const romashka = world.sandbox.organizations.find((org) => org.id === ROMASHKA);
    const first = await contractFetch(
      world.apiUrl,
      '/v1/business-cards?page=1&statusCodes=ACTIVE',
      {
        token,
      },
    );

    // Act
    const cards: string[] = [];
    for await (const card of world.client(token).businessCards({
      statusCodes: ['ACTIVE', 'BLOCKED', 'TO_BE_REISSUED', 'TO_BE_BLOCKED', 'NOT_DELIVERED'],
    })) {
      cards.push(card.businessCardId ?? '');
    }

    // Assess
    expect((first.body as { _links: { href: string }[] })._links).toEqual([
      { rel: 'next', href: `${DEFAULT_BASE_PATH}/v1/business-cards?page=2&statusCodes=ACTIVE` },
    ]);
    expect(cards).toHaveLength(romashka?.cardCount ?? -1);
    expect(new Set(cards).size).toBe(cards.length);
  });
});

describe('refusals in the bank format', () => {
  it('refuses an application without a subscription to the product with 403', async () => {
    // Prepare
    const unsubscribed = await world.application(undefined);
    const unsubscribedToken = await world.token(unsubscribed);

    // Act
    const raw = await contractFetch(world.apiUrl, '/v1/crypto', { token: unsubscribedToken });
    const failure = await world
      .client(unsubscribedToken)
      .getCryptoInfo()
      .catch((error) => error);

    // Assess
    expect(raw).toMatchObject({ status: 403, body: { cause: 'ACTION_ACCESS_EXCEPTION' } });
    expect(failure).toBeInstanceOf(SberAccessDeniedError);
  });

  it('refuses an expired, a forged and a malformed token with 401, before any plan or bank', async () => {
    // Prepare
    const past = new GatewayTokens(world.deps.signingKeys, () => Date.now() - 16 * 60_000);
    const expired = (await past.issue(claimsOf(sandboxApp))).token;
    const { current: ours } = await world.deps.signingKeys.current();
    const stranger = { ...(await generateKeyPair('ES256')), kid: ours.kid };
    const forged = (
      await new GatewayTokens(fixedSigningKeys({ current: stranger }), Date.now).issue(
        claimsOf(sandboxApp),
      )
    ).token;
    const before = world.sandbox.requestCount('getCryptoInfo');

    // Act
    const answers = await Promise.all(
      [expired, forged, 'not-a-jwt', `${token.slice(0, -4)}AAAA`].map((candidate) =>
        contractFetch(world.apiUrl, '/v1/crypto', { token: candidate }),
      ),
    );
    const sdkFailure = await world
      .client(forged)
      .getCryptoInfo()
      .catch((error) => error);

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(answers[0]?.body).toMatchObject({ cause: 'UNAUTHORIZED' });
    expect(sdkFailure).toBeInstanceOf(SberUnauthorizedError);
    expect(world.sandbox.requestCount('getCryptoInfo')).toBe(before);
  });

  it('answers 429 with Retry-After and rate-limit headers past the quota, and warns at 80/90/100 %', async () => {
    // Prepare
    const tiny = await world.application('tiny');
    const tinyToken = await world.token(tiny);

    // Act
    const statuses: number[] = [];
    for (let call = 0; call < 3; call++) {
      statuses.push((await contractFetch(world.apiUrl, '/v1/crypto', { token: tinyToken })).status);
    }
    const over = await contractFetch(world.apiUrl, '/v1/crypto', { token: tinyToken });

    // Assess
    expect(statuses).toEqual([200, 200, 200]);
    expect(over.status).toBe(429);
    expect(over.body).toMatchObject({ cause: 'UNAVAILABLE_RESOURCE_EXCEPTION' });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.headers.get('ratelimit-limit')).toBe('3');
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    expect(over.headers.get('ratelimit-reset')).toBe(over.headers.get('retry-after'));
    const warned = world.quotaWarnings.filter((w) => w.applicationId === tiny.applicationId);
    expect(warned.map((w) => w.thresholdPercent).sort()).toEqual([100, 80, 90]);
  });

  it('reaches the bank SDK as SberRateLimitError with the quota, its reset and the request id', async () => {
    // Prepare
    const tiny = await world.application('tiny');
    const client = world.client(await world.token(tiny));
    const { response: answered } = await client.getCryptoInfo().withResponse();
    await client.getCryptoInfo();
    await client.getCryptoInfo();

    // Act
    const failure = await client.getCryptoInfo({ maxRetries: 0 }).catch((error: unknown) => error);

    // Assess
    expect(answered).toMatchObject({ status: 200, requestId: expect.any(String) });
    expect(failure).toBeInstanceOf(SberRateLimitError);
    const limited = failure as SberRateLimitError;
    expect(limited).toMatchObject({
      status: 429,
      code: 'UNAVAILABLE_RESOURCE_EXCEPTION',
      limit: 3,
      remaining: 0,
      requestId: limited.headers['x-request-id'],
    });
    expect(limited.requestId).toEqual(expect.any(String));
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.resetMs).toBe(limited.retryAfterMs);
  });

  it('answers 429 past the plan rate per second', async () => {
    // Prepare
    const slow = await world.application('slow');
    const slowToken = await world.token(slow);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        contractFetch(world.apiUrl, '/v1/crypto', { token: slowToken }),
      ),
    );

    // Assess: at 2 calls a second the tolerance is 0 (a burst of 2 would put 3 in some second).
    const refused = answers.filter((answer) => answer.status === 429);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(refused).toHaveLength(5);
    expect(refused[0]?.headers.get('ratelimit-limit')).toBe('2');
    expect(refused[0]?.headers.get('retry-after')).toBe('1');
  });
});

describe('the token endpoint', () => {
  it('issues a 15-minute bearer token for HTTP Basic and for form credentials', async () => {
    // Act
    const basic = await world.requestToken(sandboxApp.clientId, sandboxApp.clientSecret);
    const form = await fetch(`${world.server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: sandboxApp.clientId,
        client_secret: sandboxApp.clientSecret,
      }),
    });

    // Assess
    for (const answer of [basic, form]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(await answer.json()).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    }
  });

  it('refuses a wrong secret, slows down a Client ID after five failures, and still takes the right one', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const failures = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      failures.push(await world.requestToken(app.clientId, 'wrong-secret'));
    }
    const throttled = await world.requestToken(app.clientId, 'wrong-secret');
    const right = await world.requestToken(app.clientId, app.clientSecret);

    // Assess
    expect(failures.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    expect(await failures[0]?.json()).toMatchObject({ error: 'invalid_client' });
    expect(right.status).toBe(200);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await throttled.json()).toMatchObject({ error: 'slow_down' });
  });

  it('challenges only a request that used HTTP Basic (RFC 6749 §5.2), so a form post opens no browser prompt', async () => {
    // Prepare
    const app = await world.application('sandbox');

    // Act
    const basic = await world.requestToken(app.clientId, 'wrong-secret');
    const form = await fetch(`${world.server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: app.clientId,
        client_secret: 'wrong-secret',
      }),
    });

    // Assess
    expect([basic.status, form.status]).toEqual([401, 401]);
    expect(basic.headers.get('www-authenticate')).toBe('Basic realm="cards-gateway"');
    expect(form.headers.get('www-authenticate')).toBeNull();
    expect(await form.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('honours the previous secret during a re-issue overlap, and only then', async () => {
    // Prepare
    const overlapping = await world.application('sandbox');
    const immediate = await world.application('sandbox');

    // Act
    const renewed = await world.services.applications.reissueSecret(
      overlapping.owner,
      await world.services.access.authorise(
        overlapping.owner,
        overlapping.organisationId,
        'application.reissueSecret',
      ),
      overlapping.applicationId,
      300,
    );
    const replaced = await world.services.applications.reissueSecret(
      immediate.owner,
      await world.services.access.authorise(
        immediate.owner,
        immediate.organisationId,
        'application.reissueSecret',
      ),
      immediate.applicationId,
      0,
    );

    // Assess
    expect((await world.requestToken(overlapping.clientId, overlapping.clientSecret)).status).toBe(
      200,
    );
    expect((await world.requestToken(overlapping.clientId, renewed.clientSecret)).status).toBe(200);
    expect((await world.requestToken(immediate.clientId, immediate.clientSecret)).status).toBe(401);
    expect((await world.requestToken(immediate.clientId, replaced.clientSecret)).status).toBe(200);
  });

  it('refuses other grants', async () => {
    // Act
    const answer = await fetch(`${world.server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=a&password=b',
    });

    // Assess
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('limit changes recorded per organisation', () => {
  it('records the bank answer with its contour and application, and replays it without reaching the bank twice', async () => {
    // Prepare
    const request = {
      businessCardId: firstActiveCard(),
      code: 'NON_RENEW',
      externalId: randomUUID(),
      limit: 2500,
    };
    const before = world.sandbox.requestCount('createLimitChange');

    // Act
    const first = await contractFetch(world.apiUrl, '/v1/business-cards/limits', {
      method: 'POST',
      token,
      body: request,
    });
    const replays = await Promise.all(
      Array.from({ length: 3 }, () =>
        contractFetch(world.apiUrl, '/v1/business-cards/limits', {
          method: 'POST',
          token,
          body: request,
        }),
      ),
    );
    const record = await world.services.repositories.limitChanges.get(
      sandboxApp.organisationId,
      request.externalId,
    );

    // Assess
    expect(first.status).toBe(201);
    expect(replays.map((replay) => replay.body)).toEqual([first.body, first.body, first.body]);
    expect(world.sandbox.requestCount('createLimitChange')).toBe(before + 1);
    expect(record).toMatchObject({
      externalId: request.externalId,
      businessCardId: request.businessCardId,
      contour: 'sandbox',
      applicationId: sandboxApp.applicationId,
      state: 'CREATED',
      history: [{ state: 'CREATED' }],
      creationAnswer: { status: 201 },
    });
  });
});

describe('analytics', () => {
  it('counts exactly the calls of a concurrent run by the time they are answered, per operation and status class', async () => {
    // Prepare
    const counted = await world.application('roomy');
    const countedToken = await world.token(counted);
    const client = world.client(countedToken);
    const from = new Date().toISOString().slice(0, 16);

    // Act
    // Five waves of 13 concurrent calls: concurrent enough to race on the counters, not so
    // many that DynamoDB Local on a loaded machine queues one meter's writes past τ.
    for (let wave = 0; wave < 5; wave++) {
      await Promise.all([
        ...Array.from({ length: 8 }, () => client.getCryptoInfo()),
        ...Array.from({ length: 4 }, () => client.getCorporateCard(firstActiveCard())),
        client.getCorporateCard(randomUUID()).catch(() => undefined),
      ]);
    }
    const to = new Date(Date.now() + 60_000).toISOString().slice(0, 16);
    const minutes = await world.services.repositories.usage.query(
      counted.organisationId,
      counted.applicationId,
      'minute',
      from,
      to,
    );
    const days = await world.services.repositories.usage.query(
      counted.organisationId,
      counted.applicationId,
      'day',
      from.slice(0, 10),
      to.slice(0, 10),
    );

    // Assess
    const sum = (operation: string, field: (b: (typeof minutes)[number]) => number) =>
      minutes.filter((b) => b.operation === operation).reduce((total, b) => total + field(b), 0);
    expect(sum('getCryptoInfo', (b) => b.calls)).toBe(40);
    expect(sum('getCorporateCard', (b) => b.calls)).toBe(25);
    expect(sum('getCorporateCard', (b) => b.byStatusClass['4xx'])).toBe(5);
    expect(days.reduce((total, b) => total + b.calls, 0)).toBe(65);
    expect(minutes.every((b) => b.productId === 'business-cards')).toBe(true);
  });
});

function claimsOf(app: TestApplication) {
  return {
    applicationId: app.applicationId,
    organisationId: app.organisationId,
    clientId: app.clientId,
    // Only refused tokens are minted from these claims: no secret of the application is needed.
    secretId: 'no-such-secret',
    plans: [
      {
        productId: 'business-cards',
        planId: 'sandbox',
        contour: 'sandbox' as const,
        ratePerSecond: 5,
        quotaPerDay: 1000,
      },
    ],
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BANK_ERRORS,
  type BankSandbox,
  ManualClock,
  type OrganizationSummary,
  startBankSandbox,
} from '../src/index.js';
import { contractFetch, UUID } from './support/contract-fetch.js';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let org: OrganizationSummary;
let cardId: string;
const clock = new ManualClock(Date.parse('2026-03-02T09:00:00Z'));

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, clock });
  call = contractFetch(sandbox.url);
  org = sandbox.organizations[0] as OrganizationSummary;
  cardId = org.cards[0]?.businessCardId as string;
});
afterAll(() => sandbox.close());

const LIST = '/fintech/api/v1/business-cards?page=1&statusCodes=ACTIVE';
const STATE = '/fintech/api/v1/business-cards/limits/31663ef5-7975-4016-b0f3-f1d70a4e9c22/state';
const CREATE = '/fintech/api/v1/business-cards/limits';
const limitChange = () => ({
  businessCardId: cardId,
  code: 'NON_RENEW',
  externalId: crypto.randomUUID(),
  limit: 1000,
});

describe('400 DESERIALIZATION_FAULT', () => {
  it('answers malformed JSON', async () => {
    const { status, body } = await call(CREATE, {
      token: sandbox.issueAccessToken(),
      body: '{"businessCardId": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      cause: 'DESERIALIZATION_FAULT',
      message: 'Неверный формат запроса',
    });
    expect(body.referenceId).toMatch(UUID);
    expect(body.fieldNames).toBeUndefined();
    expect(body.checks[0].message).toMatch(/^Некорректный JSON/);
  });

  it('answers values of the wrong JSON type, naming them in checks', async () => {
    const { status, body } = await call(CREATE, {
      token: sandbox.issueAccessToken(),
      body: { ...limitChange(), limit: 'a lot' },
    });
    expect(status).toBe(400);
    expect(body.cause).toBe('DESERIALIZATION_FAULT');
    expect(body.checks).toEqual([expect.objectContaining({ level: 'ERROR', fields: ['limit'] })]);
  });

  it('answers an empty body', async () => {
    const { status, body } = await call(CREATE, {
      method: 'POST',
      token: sandbox.issueAccessToken(),
      headers: { 'content-type': 'application/json' },
    });
    expect(status).toBe(400);
    expect(body.checks[0].message).toBe('Тело запроса отсутствует');
  });
});

describe('400 VALIDATION_FAULT', () => {
  it('names query values that break the contract in fieldNames and checks', async () => {
    const { status, body } = await call(
      '/fintech/api/v1/business-cards?page=0&statusCodes=ACTIVE,LOST',
      {
        token: sandbox.issueAccessToken(),
      },
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      cause: 'VALIDATION_FAULT',
      message: 'Ошибка валидации',
      fieldNames: ['page', 'statusCodes[1]'],
    });
    expect(body.checks).toHaveLength(2);
    expect(body.checks[0]).toMatchObject({ level: 'ERROR', fields: ['page'] });
  });

  it('refuses a missing page and missing statusCodes', async () => {
    const { body } = await call('/fintech/api/v1/business-cards', {
      token: sandbox.issueAccessToken(),
    });
    expect(body.fieldNames).toEqual(['page', 'statusCodes']);
  });

  it('refuses a page that is not an integer', async () => {
    const { body } = await call('/fintech/api/v1/business-cards?page=two&statusCodes=ACTIVE', {
      token: sandbox.issueAccessToken(),
    });
    expect(body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['page'] });
  });

  it('refuses a corpCardId that breaks the UUID pattern', async () => {
    const { status, body } = await call('/fintech/api/v1/corporate-cards/ccf62938-cbda-4785-a008', {
      token: sandbox.issueAccessToken(),
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['corpCardId'] });
  });

  it('refuses body values that break the patterns, and missing fields', async () => {
    const { externalId: _, ...withoutExternalId } = limitChange();
    const { status, body } = await call(CREATE, {
      token: sandbox.issueAccessToken(),
      body: {
        ...withoutExternalId,
        code: 'NO/SLASHES',
        digestSignatures: [{ base64Encoded: 'not base64!', certificateUuid: 'x' }],
      },
    });
    expect(status).toBe(400);
    expect(body.cause).toBe('VALIDATION_FAULT');
    expect([...body.fieldNames].sort()).toEqual([
      'code',
      'digestSignatures[0].base64Encoded',
      'digestSignatures[0].certificateUuid',
      'externalId',
    ]);
  });

  it('refuses a limit with more than two decimals', async () => {
    const { status, body } = await call(CREATE, {
      token: sandbox.issueAccessToken(),
      body: { ...limitChange(), limit: 10.005 },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['limit'] });
  });

  it('refuses a change of a card the organisation does not have', async () => {
    const { status, body } = await call(CREATE, {
      token: sandbox.issueAccessToken(),
      body: { ...limitChange(), businessCardId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['businessCardId'] });
  });
});

describe('401 UNAUTHORIZED', () => {
  it('answers a missing Authorization header', async () => {
    const { status, body } = await call(LIST);
    expect(status).toBe(401);
    expect(body).toMatchObject({ cause: 'UNAUTHORIZED' });
  });

  it('answers an unknown token without echoing it', async () => {
    const token = '0b8f2a1c-1d2e-4f3a-9b8c-7d6e5f4a3b2c-1';
    const { status, body } = await call(LIST, { token });
    expect(status).toBe(401);
    expect(body.message).toBe(
      `${BANK_ERRORS.UNAUTHORIZED.message}xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx-x`,
    );
    expect(JSON.stringify(body)).not.toContain(token);
    expect(body.referenceId).toMatch(UUID);
  });

  it('answers a token expired by the test API', async () => {
    const token = sandbox.issueAccessToken();
    expect((await call(LIST, { token })).status).toBe(200);
    sandbox.expireAccessToken(token);
    expect((await call(LIST, { token })).status).toBe(401);
  });

  it('answers a token past its lifetime on the clock', async () => {
    const token = sandbox.issueAccessToken({ expiresInSeconds: 60 });
    clock.advance(59_000);
    expect((await call(LIST, { token })).status).toBe(200);
    clock.advance(1_000);
    expect((await call(LIST, { token })).body.cause).toBe('UNAUTHORIZED');
  });

  it('checks the token before anything else', async () => {
    expect((await call('/fintech/api/v1/business-cards?page=0&statusCodes=NOPE')).status).toBe(401);
  });
});

describe('403 ACTION_ACCESS_EXCEPTION per missing scope', () => {
  const cases = [
    { operation: 'listBusinessCards', scope: 'BUSINESS_CARD_LIMIT', request: () => [LIST, {}] },
    {
      operation: 'getCorporateCard',
      scope: 'CORPORATE_CARDS',
      request: () => [`/fintech/api/v1/corporate-cards/${cardId}`, {}],
    },
    {
      operation: 'createLimitChange',
      scope: 'BUSINESS_CARD_LIMIT',
      request: () => [CREATE, { body: limitChange() }],
    },
    { operation: 'getLimitChangeState', scope: 'BUSINESS_CARD_LIMIT', request: () => [STATE, {}] },
    {
      operation: 'getCryptoInfo',
      scope: 'GET_CRYPTO_INFO',
      request: () => ['/fintech/api/v1/crypto', {}],
    },
  ] as const satisfies readonly {
    operation: string;
    scope: string;
    request: () => readonly [string, { body?: unknown }];
  }[];

  it.each(cases)('$operation needs $scope', async ({ scope, request }) => {
    const [path, options] = request() as readonly [string, { body?: unknown }];
    const all = ['openid', 'BUSINESS_CARD_LIMIT', 'CORPORATE_CARDS', 'GET_CRYPTO_INFO'];
    const token = sandbox.issueAccessToken({ scopes: all.filter((s) => s !== scope) });
    const { status, body } = await call(path, { ...options, token });
    expect(status).toBe(403);
    expect(body).toMatchObject({ cause: 'ACTION_ACCESS_EXCEPTION' });
    expect(body.message).toContain(BANK_ERRORS.ACTION_ACCESS_EXCEPTION.message);
    expect(body.message).toContain(scope);
    const granted = sandbox.issueAccessToken({ scopes: [scope] });
    expect((await call(path, { ...options, token: granted })).status).not.toBe(403);
  });
});

describe('404 NOT_FOUND', () => {
  it('answers an unknown card', async () => {
    const { status, body } = await call(
      '/fintech/api/v1/corporate-cards/00000000-0000-4000-8000-000000000000',
      {
        token: sandbox.issueAccessToken(),
      },
    );
    expect(status).toBe(404);
    expect(body).toMatchObject({
      cause: 'NOT_FOUND',
      message: 'Документ с указанным ID не найден',
    });
  });

  it("answers another organisation's card as unknown", async () => {
    const other = sandbox.organizations[1] as OrganizationSummary;
    const { status } = await call(`/fintech/api/v1/corporate-cards/${cardId}`, {
      token: sandbox.issueAccessToken({ organizationId: other.id }),
    });
    expect(status).toBe(404);
  });

  it('answers an unknown limit-change document', async () => {
    const { status, body } = await call(STATE, { token: sandbox.issueAccessToken() });
    expect(status).toBe(404);
    expect(body.cause).toBe('NOT_FOUND');
  });

  it('serves the API only under /fintech/api, as the bank does', async () => {
    const response = await fetch(`${sandbox.url}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
      headers: { authorization: `Bearer ${sandbox.issueAccessToken()}` },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ cause: 'NOT_FOUND' });
  });
});

describe('200 answers', () => {
  it('serves a card with its limits', async () => {
    const { status, body } = await call(`/fintech/api/v1/corporate-cards/${cardId}`, {
      token: sandbox.issueAccessToken(),
    });
    expect(status).toBe(200);
    expect(body.corpCardId).toBe(cardId);
    expect(body.limits.map((l: { code: string }) => l.code)).toContain('NON_RENEW');
  });
});

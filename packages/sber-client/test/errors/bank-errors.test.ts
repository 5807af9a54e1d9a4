import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type CorporateCard,
  createSberClient,
  errorCatalogue,
  SberAccessDeniedError,
  SberApiError,
  SberDeserializationError,
  SberNotFoundError,
  SberRateLimitError,
  SberServerError,
  SberUnauthorizedError,
  SberUnavailableError,
  SberValidationError,
} from '../../src/index.js';
import { fakeAccessToken, fastBackoff, validLimitChange } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

const cardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

function client(accessToken = fakeAccessToken()) {
  return createSberClient({
    environment: bank.apiBaseUrl,
    accessToken,
    maxRetries: 0,
    backoff: fastBackoff,
  });
}

describe('error answers of the bank become one error class per cause', () => {
  it.each([
    [400, 'VALIDATION_FAULT', SberValidationError],
    [400, 'DESERIALIZATION_FAULT', SberDeserializationError],
    [401, 'UNAUTHORIZED', SberUnauthorizedError],
    [403, 'ACTION_ACCESS_EXCEPTION', SberAccessDeniedError],
    [404, 'NOT_FOUND', SberNotFoundError],
    [500, 'UNKNOWN_EXCEPTION', SberServerError],
    [503, 'UNAVAILABLE_RESOURCE_EXCEPTION', SberUnavailableError],
  ])('HTTP %i %s', async (status, cause, errorClass) => {
    // Prepare
    bank.replies({ status, body: { cause, referenceId: 'ref-1', message: 'Сообщение банка' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(errorClass);
    expect(failure).toMatchObject({
      status,
      code: cause,
      referenceId: 'ref-1',
      bankMessage: 'Сообщение банка',
    });
    expect((failure as Error).message).toContain('ref-1');
    expect((failure as Error).cause).toBeUndefined();
  });

  it('the catalogue covers every cause the spec declares', () => {
    // Assess
    expect(errorCatalogue.map((entry) => entry.cause).sort()).toEqual([
      'ACTION_ACCESS_EXCEPTION',
      'DESERIALIZATION_FAULT',
      'NOT_FOUND',
      'UNAUTHORIZED',
      'UNAVAILABLE_RESOURCE_EXCEPTION',
      'UNKNOWN_EXCEPTION',
      'VALIDATION_FAULT',
    ]);
  });

  it('a validation fault carries the fields and checks the bank named', async () => {
    // Prepare
    const checks = [{ level: 'ERROR', message: 'Неверный код лимита', fields: ['code'] }];
    bank.replies({
      status: 400,
      body: { cause: 'VALIDATION_FAULT', referenceId: 'ref-2', fieldNames: ['code'], checks },
    });

    // Act
    const failure = await client()
      .createLimitChange(validLimitChange())
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberValidationError);
    expect(failure).toMatchObject({ fieldNames: ['code'], checks, detectedBy: 'bank' });
  });

  it('access denied names the scope the operation needs', async () => {
    // Prepare
    bank.replies({ status: 403, body: { cause: 'ACTION_ACCESS_EXCEPTION' } });

    // Act
    const listing = await client()
      .getBusinessCardPage({ statusCodes: ['ACTIVE'] })
      .catch((error: unknown) => error);
    const card = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(listing).toMatchObject({ missingScope: 'BUSINESS_CARD_LIMIT' });
    expect(card).toMatchObject({ missingScope: 'CORPORATE_CARDS' });
  });

  it('an error without a body is typed by its status', async () => {
    // Prepare
    bank.replies({ status: 503, headers: { 'retry-after': '7' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberUnavailableError);
    expect(failure).toMatchObject({ code: undefined, retryAfterMs: 7000 });
  });

  it('a status outside the error model is a plain SberApiError', async () => {
    // Prepare
    bank.replies({ status: 418, body: { message: 'teapot' } });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberApiError);
    expect(failure).toMatchObject({ status: 418, name: 'SberApiError' });
  });

  it('the token the bank echoes in its 401 message never reaches the error', async () => {
    // Prepare
    const token = fakeAccessToken();
    bank.replies({
      status: 401,
      body: { cause: 'UNAUTHORIZED', message: `accessToken not found by value =${token}` },
    });

    // Act
    const failure = await client(token)
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberUnauthorizedError);
    expect(
      JSON.stringify({ ...(failure as object), message: (failure as Error).message }),
    ).not.toContain(token);
    expect((failure as Error).message).toContain('accessToken not found by value =[REDACTED]');
  });
});

/** What the cards gateway answers when an application's plan is spent (plan-admission.ts). */
const planSpent = {
  status: 429,
  body: {
    cause: 'UNAVAILABLE_RESOURCE_EXCEPTION',
    referenceId: 'ref-429',
    message: 'Превышена частота вызовов тарифного плана: 5 в секунду',
  },
  headers: {
    'retry-after': '1',
    'ratelimit-limit': '5',
    'ratelimit-remaining': '0',
    'ratelimit-reset': '1',
    'x-request-id': 'gw-req-429',
  },
};

describe('response metadata', () => {
  it('a 429 is a SberRateLimitError with the wait, the RateLimit fields and the request id', async () => {
    // Prepare
    bank.replies(planSpent);

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberRateLimitError);
    expect(failure).toBeInstanceOf(SberApiError);
    expect(failure).not.toBeInstanceOf(SberUnavailableError);
    expect(failure).toMatchObject({
      status: 429,
      code: 'UNAVAILABLE_RESOURCE_EXCEPTION',
      referenceId: 'ref-429',
      requestId: 'gw-req-429',
      retryAfterMs: 1_000,
      limit: 5,
      remaining: 0,
      resetMs: 1_000,
      headers: expect.objectContaining({ 'ratelimit-limit': '5', 'x-request-id': 'gw-req-429' }),
    });
    expect((failure as Error).message).toContain('requestId gw-req-429');
    expect((failure as SberApiError).callId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a 429 is retried after its Retry-After before it reaches the caller', async () => {
    // Prepare
    bank.replies(
      { ...planSpent, headers: { ...planSpent.headers, 'retry-after': '0' } },
      {
        status: 200,
        body: { corpCardId: cardId },
      },
    );

    // Act
    const card = await client().getCorporateCard(cardId, { maxRetries: 1 });

    // Assess
    expect(card).toMatchObject({ corpCardId: cardId });
    expect(bank.requests).toHaveLength(2);
  });

  it('every API error carries its headers and the server’s request id, cause left unset', async () => {
    // Prepare
    bank.replies({
      status: 404,
      body: { cause: 'NOT_FOUND', referenceId: 'ref-404' },
      headers: { 'x-request-id': 'gw-req-404' },
    });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberNotFoundError);
    expect(failure).toMatchObject({ requestId: 'gw-req-404', code: 'NOT_FOUND' });
    expect((failure as SberApiError).headers['x-request-id']).toBe('gw-req-404');
    expect('cause' in (failure as Error)).toBe(false);
    expect((failure as Error).message).not.toContain('base URL');
  });

  it('a 404 that is not a bank error hints at a wrong base URL, naming the URL called', async () => {
    // Prepare
    bank.replies({
      status: 404,
      body: '<html><body>Not Found</body></html>',
      headers: { 'content-type': 'text/html' },
    });

    // Act
    const failure = await client()
      .getCorporateCard(cardId)
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberNotFoundError);
    expect((failure as Error).message).toContain(
      `check the client's environment or base URL (called ${bank.apiBaseUrl}/v1/corporate-cards/${cardId})`,
    );
  });

  it('withResponse() gives the data with the status, headers and request id', async () => {
    // Prepare
    bank.replies({
      status: 200,
      body: { corpCardId: cardId },
      headers: { 'x-request-id': 'gw-req-200' },
    });

    // Act
    const call = client().getCorporateCard(cardId);
    const { data, response } = await call.withResponse();

    // Assess
    expect(data).toMatchObject({ corpCardId: cardId });
    expect(response).toMatchObject({ status: 200, requestId: 'gw-req-200' });
    expect(response.headers['content-type']).toBe('application/json');
    expectTypeOf(data).toEqualTypeOf<CorporateCard>();
    expectTypeOf(call).toExtend<Promise<CorporateCard>>();
  });

  it('withResponse() on a create gives the answer the result was read from', async () => {
    // Prepare
    const request = validLimitChange();
    bank.replies({
      status: 201,
      body: { externalId: request.externalId, bankStatus: 'CREATED' },
      headers: { 'x-request-id': 'gw-req-201' },
    });

    // Act
    const { data, response } = await client().createLimitChange(request).withResponse();

    // Assess
    expect(data.outcome).toBe('created');
    expect(response).toMatchObject({ status: 201, requestId: 'gw-req-201' });
  });
});

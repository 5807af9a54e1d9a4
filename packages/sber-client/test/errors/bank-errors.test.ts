import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSberClient,
  errorCatalogue,
  SberAccessDeniedError,
  SberApiError,
  SberDeserializationError,
  SberNotFoundError,
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

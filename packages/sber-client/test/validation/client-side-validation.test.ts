import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, SberValidationError } from '../../src/index.js';
import { fakeAccessToken, validLimitChange } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

describe('client-side validation', () => {
  it('refuses a request that breaks the spec before sending it, in the bank error shape', async () => {
    // Prepare
    bank.replies({ status: 201, body: {} });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
    });

    // Act
    const failure = await client
      .createLimitChange(validLimitChange({ externalId: 'not-a-uuid', limit: 10.5 }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberValidationError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAULT',
      detectedBy: 'client',
      fieldNames: ['externalId'],
      checks: [
        {
          level: 'ERROR',
          fields: ['externalId'],
          message: expect.stringContaining('externalId must match'),
        },
      ],
    });
    expect(bank.requests).toHaveLength(0);
  });

  it('checks path and query parameters too', async () => {
    // Prepare
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
    });

    // Act
    const card = await client.getCorporateCard('../../admin').catch((error: unknown) => error);
    const state = await client.getLimitChangeState('').catch((error: unknown) => error);
    const page = await client
      .getBusinessCardPage({ statusCodes: [], page: 0 })
      .catch((error: unknown) => error);

    // Assess
    expect(card).toMatchObject({ fieldNames: ['corpCardId'] });
    expect(state).toMatchObject({ fieldNames: ['externalId'] });
    expect(page).toMatchObject({ fieldNames: ['page', 'statusCodes'] });
    expect(bank.requests).toHaveLength(0);
  });

  it('can be turned off, leaving the judgement to the bank', async () => {
    // Prepare
    bank.replies({ status: 400, body: { cause: 'VALIDATION_FAULT', fieldNames: ['corpCardId'] } });
    const client = createSberClient({
      environment: bank.apiBaseUrl,
      accessToken: fakeAccessToken(),
      validateRequests: false,
    });

    // Act
    const failure = await client.getCorporateCard('not-a-uuid').catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ detectedBy: 'bank', fieldNames: ['corpCardId'] });
    expect(bank.requests.map((request) => request.url)).toEqual([
      '/fintech/api/v1/corporate-cards/not-a-uuid',
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { type BankSandbox, startBankSandbox } from '@devportal/bank-sandbox';
import {
  createSberClient,
  SberAccessDeniedError,
  SberDeserializationError,
  SberNotFoundError,
  SberServerError,
  SberUnauthorizedError,
  SberUnavailableError,
  SberValidationError,
} from '@devportal/sber-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { limitChangeOn } from '../support/fixtures.js';

const unknownCardId = 'ccf62938-cbda-4785-a008-12bd300bef80';
let sandbox: BankSandbox;
beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
});
afterEach(() => sandbox.setFaults({}));
afterAll(() => sandbox.close());

function client(
  options: { scopes?: string[]; validateRequests?: boolean; accessToken?: string } = {},
) {
  return createSberClient({
    environment: sandbox.apiBaseUrl,
    accessToken:
      options.accessToken ??
      sandbox.issueAccessToken(options.scopes ? { scopes: options.scopes } : {}),
    validateRequests: options.validateRequests ?? true,
    maxRetries: 0,
  });
}

function firstCardId(): string {
  return sandbox.organizations[0]?.cards[0]?.businessCardId ?? '';
}

describe('each bank cause from the sandbox', () => {
  it('VALIDATION_FAULT names the offending fields', async () => {
    // Act
    const failure = await client({ validateRequests: false })
      .createLimitChange(limitChangeOn(firstCardId(), { code: 'CODE WITH #' }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberValidationError);
    expect(failure).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAULT',
      detectedBy: 'bank',
      referenceId: expect.any(String),
    });
    expect((failure as SberValidationError).fieldNames).toContain('code');
  });

  it('client-side validation reports the same field as the bank', async () => {
    // Act
    const failure = await client()
      .createLimitChange(limitChangeOn(firstCardId(), { code: 'CODE WITH #' }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({
      code: 'VALIDATION_FAULT',
      detectedBy: 'client',
      fieldNames: ['code'],
    });
  });

  it('DESERIALIZATION_FAULT for a value of the wrong type', async () => {
    // Act
    const failure = await client({ validateRequests: false })
      .createLimitChange(limitChangeOn(firstCardId(), { limit: 'a lot' as unknown as number }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberDeserializationError);
    expect(failure).toMatchObject({ status: 400, code: 'DESERIALIZATION_FAULT' });
  });

  it('UNAUTHORIZED for an expired token', async () => {
    // Prepare
    const accessToken = sandbox.issueAccessToken();
    sandbox.expireAccessToken(accessToken);

    // Act
    const failure = await client({ accessToken })
      .getCorporateCard(firstCardId())
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberUnauthorizedError);
    expect(failure).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect((failure as Error).message).not.toContain(accessToken);
  });

  it('ACTION_ACCESS_EXCEPTION names the missing scope', async () => {
    // Act
    const failure = await client({ scopes: ['BUSINESS_CARD_LIMIT'] })
      .getCorporateCard(firstCardId())
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberAccessDeniedError);
    expect(failure).toMatchObject({ status: 403, missingScope: 'CORPORATE_CARDS' });
  });

  it('NOT_FOUND for an unknown card and an unknown document', async () => {
    // Act
    const card = await client()
      .getCorporateCard(unknownCardId)
      .catch((error: unknown) => error);
    const state = await client()
      .getLimitChangeState(randomUUID())
      .catch((error: unknown) => error);

    // Assess
    expect(card).toBeInstanceOf(SberNotFoundError);
    expect(state).toBeInstanceOf(SberNotFoundError);
  });

  it.each([
    [500, SberServerError, 'UNKNOWN_EXCEPTION'],
    [503, SberUnavailableError, 'UNAVAILABLE_RESOURCE_EXCEPTION'],
  ] as const)('%i %s when the bank fails', async (errorStatus, errorClass, cause) => {
    // Prepare
    sandbox.setFaults({ getCorporateCard: { errorRate: 1, errorStatus } });

    // Act
    const failure = await client()
      .getCorporateCard(firstCardId())
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(errorClass);
    expect(failure).toMatchObject({ status: errorStatus, code: cause });
  });

  it('a card read with every scope returns its limits', async () => {
    // Act
    const card = await client().getCorporateCard(firstCardId());

    // Assess
    expect(card.corpCardId).toBe(firstCardId());
    expect(card.limits?.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/index.js';

// The repository's bank contract, as a real-world check that the library reads what we write.
const bank = loadContract(new URL('../../../spec/sber-business-cards.yaml', import.meta.url));

describe('spec/sber-business-cards.yaml', () => {
  it('matches the bank paths under the server base path and at the SSO root', () => {
    expect(bank.operation('GET', '/fintech/api/v1/business-cards')?.operationId).toBe(
      'listBusinessCards',
    );
    expect(
      bank.operation(
        'GET',
        '/fintech/api/v1/business-cards/limits/ccf62938-cbda-4785-a008-12bd300bef80/state',
      ),
    ).toMatchObject({ operationId: 'getLimitChangeState' });
    expect(bank.operation('POST', '/ic/sso/api/v2/oauth/token')?.operationId).toBe('exchangeToken');
  });

  it('reads statusCodes as a comma-separated list and page as a positive integer', () => {
    const parsed = bank.parseRequest('listBusinessCards', {
      query: 'page=12&statusCodes=ACTIVE,NOT_DELIVERED',
    });
    expect(parsed).toMatchObject({
      violations: [],
      query: { page: 12, statusCodes: ['ACTIVE', 'NOT_DELIVERED'] },
    });
    expect(
      bank
        .validateRequest('listBusinessCards', { query: 'page=0&statusCodes=ACTIVE,ACTIVE' })
        .map((v) => [v.field, v.keyword]),
    ).toEqual([
      ['page', 'minimum'],
      ['statusCodes', 'uniqueItems'],
    ]);
  });

  it('applies the five-group UUID pattern (erratum) to the body', () => {
    const body = {
      businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
      code: 'NON_RENEW',
      externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
      limit: 2650000,
      digestSignatures: [{ base64Encoded: 'AAAA', certificateUuid: 'ccf62938-cbda-4785-a008' }],
    };
    expect(bank.validateRequest('createLimitChange', { body }).map((v) => v.field)).toEqual([
      'digestSignatures[0].certificateUuid',
    ]);
  });

  it('compiles every declared response of every operation', () => {
    for (const op of bank.operations) {
      const responses = op.definition.responses as Record<string, unknown>;
      for (const status of Object.keys(responses)) {
        expect(() => bank.validateResponse(op.operationId, Number(status), {})).not.toThrow();
      }
    }
  });
});

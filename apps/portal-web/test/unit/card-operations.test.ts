import { describe, expect, it } from 'vitest';
import {
  CARD_OPERATIONS,
  type CardOperation,
  initialValues,
} from '../../src/try-it/card-operations.js';
import { maskCredential, prettyBody } from '../../src/try-it/http-exchange.js';

const operation = (id: CardOperation['id']) => {
  const found = CARD_OPERATIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the Try it operations', () => {
  it('lists cards with comma-separated statuses and a page', () => {
    const values = { ...initialValues(), statusCodes: ['ACTIVE', 'BLOCKED'], page: '2' };
    expect(operation('listBusinessCards').request(values)).toEqual({
      method: 'GET',
      path: '/v1/business-cards?statusCodes=ACTIVE,BLOCKED&page=2',
    });
    expect(
      operation('listBusinessCards').request({ ...values, statusCodes: [], page: '' }).path,
    ).toBe('/v1/business-cards');
  });

  it('creates a limit change as a draft without a signature and signed with one', () => {
    const values = {
      ...initialValues(),
      businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
      externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
      limit: '2650000.00',
    };
    expect(operation('createLimitChange').request(values)).toEqual({
      method: 'POST',
      path: '/v1/business-cards/limits',
      body: {
        businessCardId: values.businessCardId,
        code: 'NON_RENEW',
        externalId: values.externalId,
        limit: 2650000,
      },
    });
    const signed = operation('createLimitChange').request({
      ...values,
      signature: 'AAAA',
      certificateUuid: '393d9769-c4dd-473f-b39e-1f4e770cebbf',
    });
    expect(signed.body).toMatchObject({
      digestSignatures: [
        { base64Encoded: 'AAAA', certificateUuid: '393d9769-c4dd-473f-b39e-1f4e770cebbf' },
      ],
    });
  });

  it('escapes ids in paths', () => {
    const values = { ...initialValues(), corpCardId: 'a/b', externalId: 'x y' };
    expect(operation('getCorporateCard').request(values).path).toBe('/v1/corporate-cards/a%2Fb');
    expect(operation('getLimitChangeState').request(values).path).toBe(
      '/v1/business-cards/limits/x%20y/state',
    );
  });

  it('starts every form with a fresh externalId', () => {
    expect(initialValues().externalId).not.toBe(initialValues().externalId);
  });
});

describe('what the console shows', () => {
  it('masks credentials but keeps their scheme', () => {
    expect(maskCredential('Authorization', 'Bearer eyJhbGciOi.x.y')).toBe('Bearer ••••••••');
    expect(maskCredential('authorization', 'Basic Y2xpZW50OnNlY3JldA==')).toBe('Basic ••••••••');
    expect(maskCredential('accept', 'application/json')).toBe('application/json');
  });

  it('indents JSON and leaves other bodies alone', () => {
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('<html>')).toBe('<html>');
  });
});

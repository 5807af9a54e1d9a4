import { describe, expect, it } from 'vitest';
import { type BusinessCardLimitChange, DigestInputError, limitChangeDigest } from '../src/index.js';

const seedExample: BusinessCardLimitChange = {
  businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
  limit: 2650000,
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
};

function problemOf(change: BusinessCardLimitChange): { field: string; problem: string } {
  try {
    limitChangeDigest(change);
  } catch (error) {
    if (error instanceof DigestInputError) return { field: error.field, problem: error.problem };
    throw error;
  }
  throw new Error('expected the digest to be refused');
}

describe('limitChangeDigest', () => {
  it("writes the seed's example as four sorted lines without a trailing newline", () => {
    const digest = limitChangeDigest(seedExample);

    expect(digest).toBe(
      [
        'businessCardId=ccf62938-cbda-4785-a008-12bd300bef80',
        'code=NON_RENEW',
        'externalId=31663ef5-7975-4016-b0f3-f1d70a4e9c22',
        'limit=2650000.00',
      ].join('\n'),
    );
  });

  it('writes a numeric limit with two decimals', () => {
    const digest = limitChangeDigest({ ...seedExample, limit: 2650000.5 });

    expect(digest.split('\n').at(-1)).toBe('limit=2650000.50');
  });

  it('reads a limit written as decimal text, as a JSON document given to the CLI may have it', () => {
    const fromJson = JSON.parse('{"limit": "2650000.00"}') as { limit: number };

    expect(limitChangeDigest({ ...seedExample, ...fromJson })).toBe(limitChangeDigest(seedExample));
  });

  it('leaves the signatures out of the digest', () => {
    const signed = {
      ...seedExample,
      digestSignatures: [{ base64Encoded: 'AAAA', certificateUuid: seedExample.externalId }],
    };

    expect(limitChangeDigest(signed)).toBe(limitChangeDigest(seedExample));
  });

  it.each([
    ['businessCardId', { businessCardId: 'not-a-uuid' }, 'pattern-mismatch'],
    ['externalId', { externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c2' }, 'pattern-mismatch'],
    ['code', { code: '' }, 'pattern-mismatch'],
    ['code', { code: 'TWENTY_CHARACTERS_XX' }, 'pattern-mismatch'],
    ['code', { code: 'NON\nRENEW' }, 'pattern-mismatch'],
    ['limit', { limit: '2650000.001' }, 'amount-too-precise'],
    ['limit', { limit: 0.1 + 0.2 }, 'amount-too-precise'],
    ['limit', { limit: -1 }, 'amount-negative'],
    ['limit', { limit: '-1.00' }, 'amount-negative'],
    ['limit', { limit: Number.NaN }, 'amount-not-finite'],
    ['limit', { limit: Number.POSITIVE_INFINITY }, 'amount-not-finite'],
    ['limit', { limit: '1e6' }, 'amount-malformed'],
    ['limit', { limit: '1,50' }, 'amount-malformed'],
    ['limit', { limit: 1e21 }, 'amount-malformed'],
  ] as const)('refuses a bad %s (%j) as %s', (field, override, problem) => {
    const change = { ...seedExample, ...override } as BusinessCardLimitChange;

    expect(problemOf(change)).toEqual({ field, problem });
  });

  it('reports a missing field by name', () => {
    const { code: _omitted, ...withoutCode } = seedExample;

    expect(problemOf(withoutCode as BusinessCardLimitChange)).toEqual({
      field: 'code',
      problem: 'missing',
    });
  });

  it('accepts UUIDs in either case, as the bank does', () => {
    const digest = limitChangeDigest({
      ...seedExample,
      businessCardId: 'CCF62938-CBDA-4785-A008-12BD300BEF80',
    });

    expect(digest).toMatch(/^businessCardId=CCF62938-CBDA-4785-A008-12BD300BEF80\n/);
  });

  it('accepts the longest code and the characters the pattern allows', () => {
    const digest = limitChangeDigest({ ...seedExample, code: 'a.b_c d-E 012345678' });

    expect(digest).toContain('\ncode=a.b_c d-E 012345678\n');
  });
});

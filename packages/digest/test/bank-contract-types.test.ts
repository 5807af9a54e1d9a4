import type {
  LimitChangeRequest,
  DigestSignature as SpecSignature,
} from '@devportal/sber-client/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BusinessCardLimitChange,
  type DigestSignature,
  LIMIT_CODE_PATTERN,
  type signLimitChange,
  UUID_PATTERN,
} from '../src/index.js';

describe('the bank contract the digest signs', () => {
  it('takes the client’s unsigned request and hands back one the client sends', () => {
    // Prepare
    type Unsigned = Omit<LimitChangeRequest, 'digestSignatures'>;
    type Signed = Awaited<ReturnType<typeof signLimitChange<Unsigned>>>;

    // Assess
    expectTypeOf<Unsigned>().toExtend<BusinessCardLimitChange>();
    expectTypeOf<Signed>().toExtend<LimitChangeRequest>();
    expectTypeOf<DigestSignature>().toEqualTypeOf<Required<SpecSignature>>();
  });

  it('checks fields by the spec’s patterns', () => {
    // Assess
    expect(UUID_PATTERN.test('ccf62938-cbda-4785-a008-12bd300bef80')).toBe(true);
    expect(LIMIT_CODE_PATTERN.test('NON_RENEW')).toBe(true);
    expect(LIMIT_CODE_PATTERN.test('x'.repeat(20))).toBe(false);
  });
});

import type {
  DigestSignature as ClientSignature,
  LimitChangeRequest,
  SberClient,
} from '@devportal/sber-client';
import type {
  LimitChangeRequest as ContractRequest,
  DigestSignature as ContractSignature,
} from '@devportal/sber-client/contract';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BusinessCardLimitChange,
  type CompleteSignature,
  DigestInputError,
  type DigestSignature,
  LIMIT_CODE_PATTERN,
  type limitChangeDigest,
  signLimitChange,
  UUID_PATTERN,
} from '../src/index.js';

type ClientCreateBody = Parameters<SberClient['createLimitChange']>[0];

describe('the bank contract the digest signs', () => {
  it('is one request type and one signature type, shared with sber-client', () => {
    // Assess
    expectTypeOf<BusinessCardLimitChange>().toEqualTypeOf<LimitChangeRequest>();
    expectTypeOf<BusinessCardLimitChange>().toEqualTypeOf<ContractRequest>();
    expectTypeOf<DigestSignature>().toEqualTypeOf<ClientSignature>();
    expectTypeOf<DigestSignature>().toEqualTypeOf<ContractSignature>();
    expectTypeOf<CompleteSignature>().toExtend<ClientSignature>();
  });

  it('digests and signs the request the client sends, signatures included', () => {
    // Assess: the client's request, signed or not, goes into the digest and the signer
    expectTypeOf<LimitChangeRequest>().toExtend<Parameters<typeof limitChangeDigest>[0]>();
    expectTypeOf<LimitChangeRequest>().toExtend<Parameters<typeof signLimitChange>[0]>();
    expectTypeOf<ClientCreateBody>().toExtend<BusinessCardLimitChange>();
  });

  it('hands back a signed request the client sends as it is', () => {
    // Prepare
    type SignedFromClient = Awaited<ReturnType<typeof signLimitChange<LimitChangeRequest>>>;
    type SignedFromDigest = Awaited<ReturnType<typeof signLimitChange<BusinessCardLimitChange>>>;
    type SignedLiteral = Awaited<
      ReturnType<
        typeof signLimitChange<{
          businessCardId: string;
          code: 'NON_RENEW';
          externalId: string;
          limit: 100;
        }>
      >
    >;

    // Assess
    expectTypeOf<SignedFromClient>().toExtend<ClientCreateBody>();
    expectTypeOf<SignedFromDigest>().toExtend<ClientCreateBody>();
    expectTypeOf<SignedLiteral>().toExtend<ClientCreateBody>();
    expectTypeOf<SignedFromClient['digestSignatures'][number]>().toEqualTypeOf<CompleteSignature>();
  });

  it('refuses to sign over an existing signature that lacks a field', async () => {
    // Prepare
    const change: LimitChangeRequest = {
      businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
      code: 'NON_RENEW',
      externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
      limit: 2650000,
      digestSignatures: [{ base64Encoded: 'AAAA' }],
    };

    // Act
    const failure = await signLimitChange(change, []).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(DigestInputError);
    expect(failure).toMatchObject({ field: 'digestSignatures[0]', problem: 'missing' });
  });

  it('checks fields by the spec’s patterns', () => {
    // Assess
    expect(UUID_PATTERN.test('ccf62938-cbda-4785-a008-12bd300bef80')).toBe(true);
    expect(LIMIT_CODE_PATTERN.test('NON_RENEW')).toBe(true);
    expect(LIMIT_CODE_PATTERN.test('x'.repeat(20))).toBe(false);
  });
});

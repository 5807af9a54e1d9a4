import { describe, expectTypeOf, it } from 'vitest';
import {
  type BankDocumentStatus,
  type BusinessCard,
  type BusinessCardPage,
  type BusinessCardStatus,
  type bankDocumentStatusRefusedValues,
  type bankDocumentStatusSuccessfulValues,
  type bankDocumentStatusValues,
  type businessCardStatusValues,
  type CorporateCard,
  type FinalBankDocumentStatus,
  isFinalBankStatus,
  type KnownBankDocumentStatus,
  type LimitChangeResult,
  type LimitChangeState,
  type SberClient,
  type SberClientOptions,
} from '../../src/index.js';

describe('public types', () => {
  it('methods return the spec types', () => {
    expectTypeOf<SberClient['getCorporateCard']>().returns.resolves.toEqualTypeOf<CorporateCard>();
    expectTypeOf<
      SberClient['getLimitChangeState']
    >().returns.resolves.toEqualTypeOf<LimitChangeState>();
    expectTypeOf<
      SberClient['createLimitChange']
    >().returns.resolves.toEqualTypeOf<LimitChangeResult>();
    expectTypeOf<SberClient['businessCards']>().returns.toEqualTypeOf<
      AsyncGenerator<BusinessCard, void, undefined>
    >();
    expectTypeOf<SberClient['businessCardPages']>().returns.toEqualTypeOf<
      AsyncGenerator<BusinessCardPage, void, undefined>
    >();
  });

  it('statusCodes admits only the statuses of the spec, and may be left out', () => {
    type Query = NonNullable<Parameters<SberClient['businessCards']>[0]>;
    expectTypeOf<NonNullable<Query['statusCodes']>[number]>().toEqualTypeOf<
      'ACTIVE' | 'BLOCKED' | 'TO_BE_REISSUED' | 'TO_BE_BLOCKED' | 'NOT_DELIVERED'
    >();
    expectTypeOf<SberClient['businessCards']>().toBeCallableWith();
    expectTypeOf<(typeof businessCardStatusValues)[number]>().toEqualTypeOf<BusinessCardStatus>();
  });

  it('types bankStatus with the known statuses, open to others', () => {
    type Status = LimitChangeState['bankStatus'];
    expectTypeOf<Status>().toEqualTypeOf<BankDocumentStatus | undefined>();
    expectTypeOf<'IMPLEMENTED'>().toExtend<Status>();
    expectTypeOf<'A_STATUS_ADDED_LATER'>().toExtend<Status>();
    expectTypeOf<KnownBankDocumentStatus>().toEqualTypeOf<
      (typeof bankDocumentStatusValues)[number]
    >();
    expectTypeOf<
      SberClient['waitForLimitChange']
    >().returns.resolves.toEqualTypeOf<LimitChangeState>();
  });

  it('narrows a final status to the known final ones', () => {
    const status = 'IMPLEMENTED' as BankDocumentStatus | undefined;
    if (isFinalBankStatus(status)) {
      expectTypeOf(status).toEqualTypeOf<FinalBankDocumentStatus>();
      expectTypeOf<FinalBankDocumentStatus>().toEqualTypeOf<
        | (typeof bankDocumentStatusSuccessfulValues)[number]
        | (typeof bankDocumentStatusRefusedValues)[number]
      >();
    }
  });

  it('the result of a create must be narrowed by outcome before use', () => {
    expectTypeOf<
      Extract<LimitChangeResult, { outcome: 'created' }>['document']['number']
    >().toEqualTypeOf<string>();
    expectTypeOf<LimitChangeResult>().not.toHaveProperty('document');
  });

  it('takes exactly one of accessToken and tokenProvider', () => {
    expectTypeOf({ environment: 'test', accessToken: 't' } as const).toExtend<SberClientOptions>();
    expectTypeOf({
      environment: 'test',
      tokenProvider: () => 't',
    } as const).toExtend<SberClientOptions>();
    expectTypeOf({
      environment: 'test',
      accessToken: 't',
      tokenProvider: () => 't',
    } as const).not.toExtend<SberClientOptions>();
    expectTypeOf({ environment: 'test' } as const).not.toExtend<SberClientOptions>();
  });
});

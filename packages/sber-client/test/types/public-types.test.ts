import { describe, expectTypeOf, it } from 'vitest';
import type {
  BusinessCard,
  BusinessCardPage,
  CorporateCard,
  LimitChangeResult,
  LimitChangeState,
  SberClient,
  SberClientOptions,
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

  it('statusCodes admits only the statuses of the spec', () => {
    expectTypeOf<Parameters<SberClient['businessCards']>[0]['statusCodes'][number]>().toEqualTypeOf<
      'ACTIVE' | 'BLOCKED' | 'TO_BE_REISSUED' | 'TO_BE_BLOCKED' | 'NOT_DELIVERED'
    >();
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

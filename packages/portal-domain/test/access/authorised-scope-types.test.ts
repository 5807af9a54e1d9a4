import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApplicationService,
  AuthorisedScope,
  MemberService,
  Membership,
  Organisation,
  OrganisationScope,
} from '../../src/index.js';

describe('the types of organisation scopes', () => {
  it('let a scope stand only for the action it was authorised for', () => {
    expectTypeOf<AuthorisedScope<'organisation.view'>>().not.toExtend<
      AuthorisedScope<'member.remove'>
    >();
    expectTypeOf<AuthorisedScope<'application.list'>>().not.toExtend<
      Parameters<ApplicationService['create']>[1]
    >();
    expectTypeOf<Parameters<MemberService['remove']>[1]>().toEqualTypeOf<
      AuthorisedScope<'member.remove'>
    >();
  });

  it('make every authorised scope a proof of membership, but not the other way round', () => {
    expectTypeOf<AuthorisedScope<'member.remove'>>().toExtend<OrganisationScope>();
    expectTypeOf<OrganisationScope>().not.toExtend<AuthorisedScope<'organisation.view'>>();
  });

  it('leave a scope to the access module alone to build', () => {
    const forge = (organisation: Organisation, membership: Membership) => {
      // @ts-expect-error the brand is a symbol only the access module holds
      const forged: AuthorisedScope<'organisation.delete'> = {
        organisation,
        membership,
        action: 'organisation.delete',
      };
      // @ts-expect-error likewise for a scope of membership alone
      const entered: OrganisationScope = { organisation, membership };
      return [forged, entered];
    };
    expectTypeOf(forge).toBeFunction();
  });

  it("refuse a scope for one action where a service method needs another's", () => {
    const remove = (_members: MemberService, scope: AuthorisedScope<'organisation.view'>) =>
      // @ts-expect-error a view of the organisation does not authorise removing a member
      _members.remove({ userId: 'u', email: 'u@example.test', sourceIp: '::1' }, scope, 'v');
    expectTypeOf(remove).toBeFunction();
  });
});

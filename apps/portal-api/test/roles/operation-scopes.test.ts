import type {
  AuthorisedScope,
  OrganisationScope,
  OrganisationService,
} from '@devportal/portal-domain';
import { describe, expectTypeOf, it } from 'vitest';
import type { OperationCall } from '../../src/routes/operation-call.js';

describe("the scope the gate hands each operation's handler", () => {
  it("is authorised for the operation's own x-action", () => {
    expectTypeOf<OperationCall<'listMembers'>['scope']>().toEqualTypeOf<
      AuthorisedScope<'organisation.view'>
    >();
    expectTypeOf<OperationCall<'deleteOrganization'>['scope']>().toEqualTypeOf<
      AuthorisedScope<'organisation.delete'>
    >();
  });

  it('may be the membership alone on an x-self-allowed operation', () => {
    expectTypeOf<OperationCall<'removeMember'>['scope']>().toEqualTypeOf<
      AuthorisedScope<'member.remove'> | OrganisationScope
    >();
  });

  it('is none on an operation without an x-action', () => {
    expectTypeOf<OperationCall<'getMe'>['scope']>().toEqualTypeOf<undefined>();
  });

  it('cannot be handed to a service method of another action', () => {
    const deleteOnView = async (
      organisations: OrganisationService,
      call: OperationCall<'getOrganization'>,
    ) => {
      // @ts-expect-error getOrganization is authorised for organisation.view only
      await organisations.delete(call.actor, call.scope);
    };
    expectTypeOf(deleteOnView).toBeFunction();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '../../src/generated/portal.js';
import {
  noContent,
  type OperationCall,
  type OperationHandler,
  ok,
} from '../../src/routes/operation-call.js';
import { memberView } from '../../src/views/member-view.js';
import { organizationSummaryView, organizationView } from '../../src/views/organization-views.js';

// The compiler is what runs these: `pnpm typecheck` fails when a handler or a view drifts from the
// generated types of spec/portal.yaml.

type Schemas = components['schemas'];

describe('a handler is typed by its operation in the spec', () => {
  it('reads the path, query and body the operation declares', () => {
    expectTypeOf<OperationCall<'changeMemberRole'>['path']>().toEqualTypeOf<{
      orgId: string;
      userId: string;
    }>();
    expectTypeOf<OperationCall<'changeMemberRole'>['body']>().toEqualTypeOf<
      Schemas['RoleChange']
    >();
    expectTypeOf<OperationCall<'reissueClientSecret'>['body']>().toEqualTypeOf<
      Schemas['SecretReissue'] | undefined
    >();
    expectTypeOf<OperationCall<'listAccessRequestsForReview'>['query']['status']>().toEqualTypeOf<
      Schemas['AccessRequestStatus'] | undefined
    >();
  });

  it('answers only what the operation declares', () => {
    const member: Schemas['Member'] = {
      userId: 'u-1',
      email: 'a@example.com',
      role: 'Developer',
      joinedAt: '2026-01-01T00:00:00Z',
    };
    const declared: OperationHandler<'changeMemberRole'> = async () => ok(member);
    // @ts-expect-error changeMemberRole answers 200 with a Member, not 204
    const undeclaredStatus: OperationHandler<'changeMemberRole'> = async () => noContent;
    const { role: _role, ...withoutRole } = member;
    // @ts-expect-error a Member without its role is not the spec's Member
    const missingField: OperationHandler<'changeMemberRole'> = async () => ok(withoutRole);

    expectTypeOf(declared).toBeFunction();
    expectTypeOf(undeclaredStatus).toBeFunction();
    expectTypeOf(missingField).toBeFunction();
  });
});

describe('a view returns the schema the spec declares', () => {
  it('is the generated type, not a copy of it', () => {
    expectTypeOf(memberView).returns.toEqualTypeOf<Schemas['Member']>();
    expectTypeOf(organizationView).returns.toEqualTypeOf<Schemas['Organization']>();
    expectTypeOf(organizationSummaryView).returns.toEqualTypeOf<Schemas['OrganizationSummary']>();
  });
});

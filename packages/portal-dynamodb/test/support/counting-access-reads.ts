import type { MemberRepository, OrganisationRepository } from '@devportal/portal-domain';

/** Single-item reads of organisations and memberships, as counted by {@link countingAccessReads}. */
export interface AccessReads {
  organisations: number;
  members: number;
}

/**
 * `deps` with its organisation and member repositories counting their `get`s: the reads a
 * service makes to authorise an actor, which a gate's resolved scope should spare.
 */
export function countingAccessReads<
  Deps extends { organisations: OrganisationRepository; members: MemberRepository },
>(deps: Deps): { reads: AccessReads; deps: Deps } {
  const reads: AccessReads = { organisations: 0, members: 0 };
  const { organisations, members } = deps;
  return {
    reads,
    deps: {
      ...deps,
      organisations: Object.assign(Object.create(organisations), {
        get: (organisationId: string) => {
          reads.organisations++;
          return organisations.get(organisationId);
        },
      }),
      members: Object.assign(Object.create(members), {
        get: (organisationId: string, userId: string) => {
          reads.members++;
          return members.get(organisationId, userId);
        },
      }),
    },
  };
}

import { NotFoundError } from '@devportal/portal-domain';
import { pageOfList } from '../http/list-page.js';
import type { PortalServices } from '../portal-services.js';
import { memberView } from '../views/member-view.js';
import { type HandlerTable, noContent, ok, pageRequestOf, pathParam } from './operation-call.js';

type MemberOperations = 'listMembers' | 'changeMemberRole' | 'removeMember' | 'transferOwnership';

/** Members: listing, role changes, removal or leaving, and the transfer of ownership. */
export function memberRoutes(services: PortalServices): Pick<HandlerTable, MemberOperations> {
  return {
    async listMembers(call) {
      const members = await services.members.list(call.actor, pathParam(call, 'orgId'));
      const page = pageOfList(members, (member) => member.userId, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(memberView) });
    },
    async changeMemberRole(call) {
      const { role } = call.body as { role: string };
      const member = await services.members.changeRole(
        call.actor,
        pathParam(call, 'orgId'),
        pathParam(call, 'userId'),
        role,
      );
      return ok(memberView(member));
    },
    async removeMember(call) {
      const organisationId = pathParam(call, 'orgId');
      const userId = pathParam(call, 'userId');
      if (userId === call.actor.userId) await services.members.leave(call.actor, organisationId);
      else await services.members.remove(call.actor, organisationId, userId);
      return noContent;
    },
    async transferOwnership(call) {
      const organisationId = pathParam(call, 'orgId');
      const { userId } = call.body as { userId: string };
      await services.members.transferOwnership(call.actor, organisationId, userId);
      const owner = await services.repositories.members.get(organisationId, userId);
      if (!owner) throw new NotFoundError('member_not_found');
      return ok(memberView(owner));
    },
  };
}

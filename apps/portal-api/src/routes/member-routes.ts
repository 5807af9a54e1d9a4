import type { PortalServices } from '../portal-services.js';
import { memberView } from '../views/member-view.js';
import { type HandlerTable, noContent, ok, pageRequestOf } from './operation-call.js';

type MemberOperations = 'listMembers' | 'changeMemberRole' | 'removeMember' | 'transferOwnership';

/** Members: listing, role changes, removal or leaving, and the transfer of ownership. */
export function memberRoutes(services: PortalServices): Pick<HandlerTable, MemberOperations> {
  const { members } = services;
  return {
    async listMembers(call) {
      const page = await members.list(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(memberView) });
    },
    async changeMemberRole(call) {
      const member = await members.changeRole(
        call.actor,
        call.scope,
        call.path.userId,
        call.body.role,
      );
      return ok(memberView(member));
    },
    async removeMember(call) {
      const { scope } = call;
      // The gate authorised member.remove, or, the member naming themselves, only read their
      // membership: they may leave whatever their role.
      if ('action' in scope) await members.remove(call.actor, scope, call.path.userId);
      else await members.leave(call.actor, scope);
      return noContent;
    },
    async transferOwnership(call) {
      const { userId } = call.body;
      return ok(memberView(await members.transferOwnership(call.actor, call.scope, userId)));
    },
  };
}

import type { PortalServices } from '../portal-services.js';
import { memberView } from '../views/member-view.js';
import {
  type HandlerTable,
  noContent,
  ok,
  pageRequestOf,
  pathParam,
  scopeOf,
} from './operation-call.js';

type MemberOperations = 'listMembers' | 'changeMemberRole' | 'removeMember' | 'transferOwnership';

/** Members: listing, role changes, removal or leaving, and the transfer of ownership. */
export function memberRoutes(services: PortalServices): Pick<HandlerTable, MemberOperations> {
  const { members } = services;
  return {
    async listMembers(call) {
      const page = await members.list(call.actor, scopeOf(call), pageRequestOf(call));
      return ok({ ...page, items: page.items.map(memberView) });
    },
    async changeMemberRole(call) {
      const member = await members.changeRole(
        call.actor,
        scopeOf(call),
        pathParam(call, 'userId'),
        call.body.role,
      );
      return ok(memberView(member));
    },
    async removeMember(call) {
      const userId = pathParam(call, 'userId');
      if (userId === call.actor.userId) await members.leave(call.actor, scopeOf(call));
      else await members.remove(call.actor, scopeOf(call), userId);
      return noContent;
    },
    async transferOwnership(call) {
      const { userId } = call.body;
      return ok(memberView(await members.transferOwnership(call.actor, scopeOf(call), userId)));
    },
  };
}

import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type { Member, OwnershipTransfer, RoleChange } from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Colleagues, roles and ownership of an organisation. */
export class Members extends PortalResource {
  /** The organisation's members with their roles. */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<Member> {
    return this.core.list('listMembers', { orgId }, params, options);
  }

  /** Gives a member another role; the Owner's role moves only with `transferOwnership`. */
  changeRole(
    orgId: string,
    userId: string,
    change: RoleChange,
    options?: CallOptions,
  ): ResponsePromise<Member> {
    return this.core.send(
      'changeMemberRole',
      { params: { path: { orgId, userId } }, body: change },
      options,
    );
  }

  /** Removes a member, or the caller themselves (leaving); never the Owner. */
  remove(orgId: string, userId: string, options?: CallOptions): ResponsePromise<void> {
    return this.core.send('removeMember', { params: { path: { orgId, userId } } }, options);
  }

  /** Makes a member the Owner; the previous Owner becomes an Administrator. */
  transferOwnership(
    orgId: string,
    transfer: OwnershipTransfer,
    options?: CallOptions,
  ): ResponsePromise<Member> {
    return this.core.send(
      'transferOwnership',
      { params: { path: { orgId } }, body: transfer },
      options,
    );
  }
}

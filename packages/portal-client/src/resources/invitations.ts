import type { CallOptions, ResponsePromise } from '@devportal/http-transport';
import type { ListParams } from '../pagination/list-params.js';
import type { PageList } from '../pagination/page-list.js';
import type {
  CreatedInvitation,
  Invitation,
  InvitationInput,
  InvitationPreview,
  OrganizationSummary,
  PendingInvitation,
} from '../portal-types.js';
import { PortalResource } from './portal-resource.js';

/** Invitations of colleagues by e-mail. */
export class Invitations extends PortalResource {
  /** Invites a colleague; the answer holds the one-time token for the invitation link. */
  create(
    orgId: string,
    input: InvitationInput,
    options?: CallOptions,
  ): ResponsePromise<CreatedInvitation> {
    return this.core.send(
      'createInvitation',
      { params: { path: { orgId } }, body: input },
      options,
    );
  }

  /** The organisation's pending invitations. */
  list(orgId: string, params: ListParams = {}, options?: CallOptions): PageList<Invitation> {
    return this.core.list('listInvitations', { orgId }, params, options);
  }

  /** Revokes an invitation so that it can no longer be accepted. */
  revoke(orgId: string, invitationId: string, options?: CallOptions): ResponsePromise<void> {
    return this.core.send(
      'revokeInvitation',
      { params: { path: { orgId, invitationId } } },
      options,
    );
  }

  /** What the invitation of `token` offers (organisation, role, inviter), before accepting it. */
  preview(token: string, options?: CallOptions): ResponsePromise<InvitationPreview> {
    return this.core.send('previewInvitation', { params: { path: { token } } }, options);
  }

  /** The invitations pending for the caller's verified e-mail address, newest first. */
  listMine(options?: CallOptions): ResponsePromise<{ items: PendingInvitation[] }> {
    return this.core.send('listMyInvitations', {}, options);
  }

  /** Accepts an invitation addressed to the caller, by its one-time token. */
  accept(token: string, options?: CallOptions): ResponsePromise<OrganizationSummary> {
    return this.core.send('acceptInvitation', { params: { path: { token } } }, options);
  }
}

import { NotFoundError } from '@devportal/portal-domain';
import { mailLanguageOf } from '@devportal/portal-mail';
import type { PortalServices } from '../portal-services.js';
import { invitationContractView, invitationPreviewView } from '../views/invitation-view.js';
import { organizationSummaryView } from '../views/organization-views.js';
import { created, type HandlerTable, noContent, ok, pageRequestOf } from './operation-call.js';

type InvitationOperations =
  | 'listInvitations'
  | 'createInvitation'
  | 'revokeInvitation'
  | 'acceptInvitation'
  | 'previewInvitation'
  | 'listMyInvitations';

/** Invitations by e-mail: pending ones, a new one (its token shown once), revoking, accepting. */
export function invitationRoutes(
  services: PortalServices,
): Pick<HandlerTable, InvitationOperations> {
  return {
    async listInvitations(call) {
      const page = await services.invitations.list(call.scope, pageRequestOf(call));
      return ok({ ...page, items: page.items.map(invitationContractView) });
    },
    async createInvitation(call) {
      const { email, role, language } = call.body;
      const issued = await services.invitations.invite(call.actor, call.scope, email, role);
      await services.mailer.invitationCreated(
        call.actor,
        call.scope.organisation,
        issued.invitation,
        issued.token,
        mailLanguageOf(language),
      );
      return created({
        invitation: invitationContractView(issued.invitation),
        token: issued.token,
      });
    },
    async revokeInvitation(call) {
      await services.invitations.revoke(call.actor, call.scope, call.path.invitationId);
      return noContent;
    },
    async previewInvitation(call) {
      return ok(invitationPreviewView(await services.invitations.preview(call.path.token)));
    },
    async listMyInvitations(call) {
      const offers = await services.invitations.pendingFor(call.actor);
      return ok({
        items: offers.map((offer) => ({
          id: offer.invitation.id,
          ...invitationPreviewView(offer),
        })),
      });
    },
    async acceptInvitation(call) {
      const membership = await services.invitations.accept(call.actor, call.path.token);
      const organisation = await services.repositories.organisations.get(membership.organisationId);
      if (!organisation) throw new NotFoundError('organisation_not_found');
      return ok(organizationSummaryView(organisation, membership.role));
    },
  };
}

import type {
  AccessRequest,
  Actor,
  InvitationView,
  Organisation,
  Product,
} from '@devportal/portal-domain';
import {
  accessRequestDecisionMail,
  invitationMail,
  type MailLanguage,
  type MailMessage,
  sendAfterCommit,
} from '@devportal/portal-mail';
import type { MailFaultReporter, PortalMailSettings } from './portal-mail-settings.js';

/**
 * The messages the portal API sends once a change has committed. A send that fails or is slow is
 * reported and the person's action stands: the invitation exists (its link is also shown to the
 * inviter once), the decision is made. Without settings nothing is sent.
 */
export class PortalMailer {
  constructor(
    private readonly settings: PortalMailSettings | undefined,
    private readonly onFault: MailFaultReporter,
  ) {}

  /** The invitation to its address, in the inviter's page language. */
  async invitationCreated(
    inviter: Actor,
    organisation: Organisation,
    invitation: InvitationView,
    token: string,
    language: MailLanguage,
  ): Promise<void> {
    await this.send((siteUrl) =>
      invitationMail({
        to: invitation.email,
        language,
        organisationName: organisation.name,
        role: invitation.role,
        inviter: inviter.name ?? inviter.email,
        acceptUrl: `${siteUrl}/invitations/${encodeURIComponent(token)}`,
        expiresAt: invitation.expiresAt,
      }),
    );
  }

  /** An approval or rejection to the request's contact; revocations go unannounced. */
  async accessRequestDecided(
    request: AccessRequest,
    organisation: Organisation | undefined,
    product: Product | undefined,
    language: MailLanguage,
  ): Promise<void> {
    const { status } = request;
    if (status !== 'approved' && status !== 'rejected') return;
    await this.send((siteUrl) =>
      accessRequestDecisionMail({
        to: request.contactEmail,
        language,
        organisationName: organisation?.name ?? request.organisationId,
        productName: product?.texts[language].name ?? request.productId,
        decision: status,
        ...(request.comment !== undefined && { comment: request.comment }),
        requestsUrl: `${siteUrl}/orgs/${request.organisationId}/access-requests`,
      }),
    );
  }

  private async send(compose: (siteUrl: string) => MailMessage): Promise<void> {
    if (!this.settings) return;
    const siteUrl = this.settings.siteUrl.replace(/\/+$/, '');
    await sendAfterCommit(
      this.settings.sender,
      compose(siteUrl),
      this.onFault,
      this.settings.budgetMs,
    );
  }
}

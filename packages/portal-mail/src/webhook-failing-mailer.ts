import type {
  FailingWebhook,
  FailingWebhookNotifier,
  OrganisationRepository,
} from '@devportal/portal-domain';
import type { MailSender } from './mail-sender.js';
import { type ManagerDirectory, managersOf } from './organisation-managers.js';
import { type MailFault, sendAfterCommit } from './send-after-commit.js';
import { webhookFailingMail } from './templates/webhook-failing-mail.js';

/** What {@link WebhookFailingMailer} reads and sends with. */
export interface WebhookFailingMailerDependencies extends ManagerDirectory {
  readonly organisations: Pick<OrganisationRepository, 'get'>;
  readonly sender: MailSender;
  /** The website's origin, for the link to the webhooks page. */
  readonly siteUrl: string;
  /** A message not sent, or the recipients not read: reported, never the delivery round's failure. */
  readonly onFault: (fault: MailFault) => void;
}

/**
 * Mails the organisation's Owner and Administrators, each in their language, that a webhook
 * endpoint failed its last attempts: its URL (without query or fragment, which may carry a
 * receiver's key), the last status or reason, and the link to the webhooks page. The dispatcher
 * calls it once per failing streak.
 */
export class WebhookFailingMailer implements FailingWebhookNotifier {
  constructor(private readonly deps: WebhookFailingMailerDependencies) {}

  async webhookFailing(failing: FailingWebhook): Promise<void> {
    const { deps } = this;
    try {
      const [organisation, recipients] = await Promise.all([
        deps.organisations.get(failing.organisationId),
        managersOf(deps, failing.organisationId),
      ]);
      const siteUrl = deps.siteUrl.replace(/\/+$/, '');
      const { lastAttempt } = failing;
      await Promise.all(
        recipients.map((recipient) =>
          sendAfterCommit(
            deps.sender,
            webhookFailingMail({
              to: recipient.email,
              language: recipient.language,
              organisationName: organisation?.name ?? failing.organisationId,
              endpoint: endpointOf(failing.url),
              consecutiveFailures: failing.consecutiveFailures,
              lastFailure:
                lastAttempt.httpStatus !== undefined
                  ? `HTTP ${lastAttempt.httpStatus}`
                  : (lastAttempt.error ?? 'connection_failed'),
              webhooksUrl: `${siteUrl}/orgs/${failing.organisationId}/webhooks`,
            }),
            deps.onFault,
          ),
        ),
      );
    } catch (error) {
      deps.onFault({
        kind: 'webhook_failing',
        error: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

/** The URL as the mail names it: origin and path only. */
function endpointOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

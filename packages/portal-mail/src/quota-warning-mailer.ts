import type {
  ApplicationRepository,
  CatalogRepository,
  DomainCrypto,
  OrganisationRepository,
  QuotaWarning,
} from '@devportal/portal-domain';
import { quotaWarningEvent } from '@devportal/portal-domain';
import type { MailSender } from './mail-sender.js';
import { type ManagerDirectory, managersOf } from './organisation-managers.js';
import { type MailFault, sendAfterCommit } from './send-after-commit.js';
import { quotaWarningMail } from './templates/quota-warning-mail.js';

/** Where the record of sent quota warnings is kept (DynamoDB: `DynamoSentMailLedger`). */
export interface SentMailLedger {
  /** Claims `messageId` until `keepUntil`; `false` when it was claimed already. */
  claim(messageId: string, at: Date, keepUntil: Date): Promise<boolean>;
}

/** What {@link QuotaWarningMailer} reads and sends with. */
export interface QuotaWarningMailerDependencies extends ManagerDirectory {
  readonly organisations: Pick<OrganisationRepository, 'get'>;
  readonly applications: Pick<ApplicationRepository, 'get'>;
  readonly catalog: Pick<CatalogRepository, 'getProduct'>;
  readonly ledger: SentMailLedger;
  readonly sender: MailSender;
  readonly crypto: DomainCrypto;
  /** The website's origin, for the link to the usage page. */
  readonly siteUrl: string;
  readonly onFault: (fault: MailFault) => void;
}

/** Long enough to outlive the longest quota window (a month) the claim is about. */
const CLAIM_KEPT_MS = 40 * 24 * 60 * 60 * 1000;

/**
 * Mails each quota warning (80, 90, 100 % of a day's or a month's quota) to the organisation's
 * Owner and Administrators, once per threshold, window and subscription: the first gateway to claim
 * the warning's id in the table sends it, every other one that saw the crossing finds it claimed.
 * A claim whose sending then fails is not retried (the warning is informative; the webhook event
 * and the usage page still carry it); the failure is reported.
 */
export class QuotaWarningMailer {
  constructor(private readonly deps: QuotaWarningMailerDependencies) {}

  async notify(warning: QuotaWarning): Promise<void> {
    const { deps } = this;
    const messageId = deps.crypto.sha256Hex(`mail/${quotaWarningEvent(warning, deps.crypto).id}`);
    const claimed = await deps.ledger.claim(
      messageId,
      warning.at,
      new Date(warning.at.getTime() + CLAIM_KEPT_MS),
    );
    if (!claimed) return;
    const [organisation, application, product, recipients] = await Promise.all([
      deps.organisations.get(warning.organisationId),
      deps.applications.get(warning.organisationId, warning.applicationId),
      deps.catalog.getProduct(warning.productId),
      managersOf(deps, warning.organisationId),
    ]);
    const siteUrl = deps.siteUrl.replace(/\/+$/, '');
    await Promise.all(
      recipients.map((recipient) =>
        sendAfterCommit(
          deps.sender,
          quotaWarningMail({
            to: recipient.email,
            language: recipient.language,
            organisationName: organisation?.name ?? warning.organisationId,
            applicationName: application?.name ?? warning.applicationId,
            productName: product?.texts[recipient.language].name ?? warning.productId,
            thresholdPercent: warning.thresholdPercent,
            limit: warning.limit,
            period: warning.period,
            usageUrl: `${siteUrl}/orgs/${warning.organisationId}/analytics`,
          }),
          deps.onFault,
        ),
      ),
    );
  }
}

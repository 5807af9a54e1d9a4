import type { MailLanguage } from '../mail-language.js';
import type { MailMessage } from '../mail-message.js';
import { composeMail } from './compose-mail.js';
import { SIGNATURE } from './role-names.js';

/** What the mail about an operator's decision on an access request says. */
export interface AccessRequestDecisionMail {
  /** The request's contact address. */
  readonly to: string;
  readonly language: MailLanguage;
  readonly organisationName: string;
  readonly productName: string;
  readonly decision: 'approved' | 'rejected';
  /** The operator's comment, if they left one. */
  readonly comment?: string;
  /** The organisation's page of access requests on the website. */
  readonly requestsUrl: string;
}

/** The operator's decision, to the person who asked for access. */
export function accessRequestDecisionMail(mail: AccessRequestDecisionMail): MailMessage {
  const { language, organisationName, productName, decision, comment } = mail;
  const approved = decision === 'approved';
  const content =
    language === 'en'
      ? {
          subject: `Access to ${productName} ${approved ? 'approved' : 'rejected'}`,
          paragraphs: [
            approved
              ? `The bank approved access of «${organisationName}» to ${productName}: its applications may now subscribe to production plans.`
              : `The bank rejected the request of «${organisationName}» for access to ${productName}. You may submit a new one.`,
            ...(comment ? [`Operator's comment: ${comment}`] : []),
          ],
          label: 'Open the access requests',
        }
      : {
          subject: `Доступ к ${productName} ${approved ? 'одобрен' : 'отклонён'}`,
          paragraphs: [
            approved
              ? `Банк одобрил доступ организации «${organisationName}» к продукту ${productName}: её приложения могут подписаться на боевые тарифы.`
              : `Банк отклонил заявку организации «${organisationName}» на доступ к продукту ${productName}. Можно подать новую.`,
            ...(comment ? [`Комментарий оператора: ${comment}`] : []),
          ],
          label: 'Открыть заявки',
        };
  return composeMail({
    to: mail.to,
    kind: 'access_request_decision',
    subject: content.subject,
    paragraphs: content.paragraphs,
    action: { label: content.label, url: mail.requestsUrl },
    signature: SIGNATURE[language],
  });
}

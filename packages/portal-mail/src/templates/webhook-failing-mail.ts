import type { MailLanguage } from '../mail-language.js';
import type { MailMessage } from '../mail-message.js';
import { composeMail } from './compose-mail.js';
import { SIGNATURE } from './role-names.js';

/** What the warning of a webhook endpoint failing says. */
export interface WebhookFailingMail {
  readonly to: string;
  readonly language: MailLanguage;
  readonly organisationName: string;
  /** The endpoint's URL (without its query, which may carry a receiver's key). */
  readonly endpoint: string;
  readonly consecutiveFailures: number;
  /** How the last attempt failed: `HTTP 503`, or a reason such as `timeout`. */
  readonly lastFailure: string;
  /** The organisation's webhooks page on the website. */
  readonly webhooksUrl: string;
}

/** A webhook endpoint failed its last `consecutiveFailures` deliveries. */
export function webhookFailingMail(mail: WebhookFailingMail): MailMessage {
  const { language, organisationName, endpoint, consecutiveFailures: failures } = mail;
  const content =
    language === 'en'
      ? {
          subject: `Webhook endpoint failing: ${endpoint}`,
          paragraphs: [
            `The last ${failures} deliveries to the webhook endpoint ${endpoint} of «${organisationName}» failed; the last one: ${mail.lastFailure}.`,
            'Deliveries are retried with growing pauses; check that the endpoint answers 2xx within the timeout.',
          ],
          label: 'Open the webhooks',
        }
      : {
          subject: `Вебхук не принимает события: ${endpoint}`,
          paragraphs: [
            `Последние ${failures} доставок на адрес вебхука ${endpoint} организации «${organisationName}» не удались; последняя: ${mail.lastFailure}.`,
            'Доставки повторяются с растущими паузами; проверьте, что адрес отвечает 2xx до истечения таймаута.',
          ],
          label: 'Открыть вебхуки',
        };
  return composeMail({
    to: mail.to,
    kind: 'webhook_failing',
    subject: content.subject,
    paragraphs: content.paragraphs,
    action: { label: content.label, url: mail.webhooksUrl },
    signature: SIGNATURE[language],
  });
}

import type { MailLanguage } from '../mail-language.js';
import type { MailMessage } from '../mail-message.js';
import { composeMail } from './compose-mail.js';
import { SIGNATURE } from './role-names.js';

/** What a quota warning to an organisation's Owner or Administrator says. */
export interface QuotaWarningMail {
  readonly to: string;
  readonly language: MailLanguage;
  readonly organisationName: string;
  readonly applicationName: string;
  readonly productName: string;
  /** 80, 90 or 100. */
  readonly thresholdPercent: number;
  readonly limit: number;
  readonly period: 'day' | 'month';
  /** The application's usage page on the website. */
  readonly usageUrl: string;
}

/** An application used `thresholdPercent` % of its plan's quota for the period. */
export function quotaWarningMail(mail: QuotaWarningMail): MailMessage {
  const { language, applicationName, productName, thresholdPercent: share, limit } = mail;
  const exhausted = share >= 100;
  const content =
    language === 'en'
      ? {
          subject: `${applicationName}: ${share} % of the ${mail.period === 'day' ? 'daily' : 'monthly'} quota used`,
          paragraphs: [
            `The application «${applicationName}» of «${mail.organisationName}» has used ${share} % of its ${mail.period === 'day' ? 'daily' : 'monthly'} quota of ${limit} calls to ${productName}.`,
            exhausted
              ? 'Further calls are refused (429) until the period ends; a larger plan lifts the limit.'
              : 'Calls beyond the quota will be refused (429) until the period ends.',
          ],
          label: 'Open the usage',
        }
      : {
          subject: `${applicationName}: израсходовано ${share} % ${mail.period === 'day' ? 'дневной' : 'месячной'} квоты`,
          paragraphs: [
            `Приложение «${applicationName}» организации «${mail.organisationName}» израсходовало ${share} % ${mail.period === 'day' ? 'дневной' : 'месячной'} квоты (${limit} вызовов) продукта ${productName}.`,
            exhausted
              ? 'Следующие вызовы отклоняются (429) до конца периода; больший тариф снимает ограничение.'
              : 'Вызовы сверх квоты будут отклоняться (429) до конца периода.',
          ],
          label: 'Открыть статистику',
        };
  return composeMail({
    to: mail.to,
    kind: 'quota_warning',
    subject: content.subject,
    paragraphs: content.paragraphs,
    action: { label: content.label, url: mail.usageUrl },
    signature: SIGNATURE[language],
  });
}

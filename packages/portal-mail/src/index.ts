export {
  DEFAULT_MAIL_LANGUAGE,
  MAIL_LANGUAGES,
  type MailLanguage,
  mailLanguageOf,
} from './mail-language.js';
export type { MailKind, MailMessage } from './mail-message.js';
export type { MailSender } from './mail-sender.js';
export {
  QuotaWarningMailer,
  type QuotaWarningMailerDependencies,
  type SentMailLedger,
} from './quota-warning-mailer.js';
export {
  DEFAULT_SEND_BUDGET_MS,
  MailBudgetExceeded,
  type MailFault,
  sendAfterCommit,
} from './send-after-commit.js';
export { type SesMailSettings, sesMailFromEnvironment } from './ses-mail-from-environment.js';
export { SesMailSender, type SesSettings } from './ses-mail-sender.js';
export {
  type AccessRequestDecisionMail,
  accessRequestDecisionMail,
} from './templates/access-request-decision-mail.js';
export { escapeHtml } from './templates/html-escape.js';
export { type InvitationMail, invitationMail } from './templates/invitation-mail.js';
export {
  type PasswordResetCodeMail,
  passwordResetCodeMail,
} from './templates/password-reset-code-mail.js';
export { type QuotaWarningMail, quotaWarningMail } from './templates/quota-warning-mail.js';
export { type WebhookFailingMail, webhookFailingMail } from './templates/webhook-failing-mail.js';
export {
  WebhookFailingMailer,
  type WebhookFailingMailerDependencies,
} from './webhook-failing-mailer.js';

import type { MailLanguage } from '../mail-language.js';
import type { MailMessage } from '../mail-message.js';
import { composeMail } from './compose-mail.js';
import { SIGNATURE } from './role-names.js';

/** What the mail carrying a password reset code says. */
export interface PasswordResetCodeMail {
  readonly to: string;
  readonly language: MailLanguage;
  /** The person's name as they registered it. */
  readonly name: string;
  /** The one-time code the website's reset page takes. */
  readonly code: string;
  readonly expiresAt: Date;
}

/**
 * A password reset code, valid until `expiresAt`. It carries no link: the person types the code
 * into the page they asked from, so a forwarded or intercepted mail alone opens nothing.
 */
export function passwordResetCodeMail(mail: PasswordResetCodeMail): MailMessage {
  const { language, name, code } = mail;
  const until = `${mail.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const content =
    language === 'en'
      ? {
          subject: 'Your password reset code',
          paragraphs: [
            `${name}, your code to set a new password on the developer portal: ${code}`,
            `It is valid until ${until}, once. If you did not ask for it, ignore this mail: your password stays as it is.`,
          ],
        }
      : {
          subject: 'Код для смены пароля',
          paragraphs: [
            `${name}, ваш код для нового пароля на портале разработчиков: ${code}`,
            `Он действует до ${until}, один раз. Если вы его не запрашивали, не отвечайте на это письмо: пароль останется прежним.`,
          ],
        };
  return composeMail({
    to: mail.to,
    kind: 'password_reset_code',
    subject: content.subject,
    paragraphs: content.paragraphs,
    signature: SIGNATURE[language],
  });
}

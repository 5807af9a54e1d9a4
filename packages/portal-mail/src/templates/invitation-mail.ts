import type { MailLanguage } from '../mail-language.js';
import type { MailMessage } from '../mail-message.js';
import { composeMail } from './compose-mail.js';
import { roleName, SIGNATURE } from './role-names.js';

/** What an invitation e-mail says. */
export interface InvitationMail {
  readonly to: string;
  readonly language: MailLanguage;
  readonly organisationName: string;
  readonly role: string;
  /** The inviter's name, or their address when the identity token carried no name. */
  readonly inviter: string;
  /** The website's page that accepts it; it carries the invitation's token. */
  readonly acceptUrl: string;
  readonly expiresAt: string;
}

/** The invitation: who invites, to which organisation, in which role, and the link accepting it. */
export function invitationMail(mail: InvitationMail): MailMessage {
  const { language, organisationName, inviter } = mail;
  const role = roleName(mail.role, language);
  const until = mail.expiresAt.slice(0, 10);
  const content =
    language === 'en'
      ? {
          subject: `${inviter} invites you to ${organisationName}`,
          paragraphs: [
            `${inviter} invites you to join the organisation «${organisationName}» on the developer portal as ${role}.`,
            `The invitation is valid until ${until} and only for this e-mail address. Sign in or register with it, then open the link.`,
          ],
          label: 'Accept the invitation',
        }
      : {
          subject: `${inviter} приглашает вас в «${organisationName}»`,
          paragraphs: [
            `${inviter} приглашает вас в организацию «${organisationName}» на портале разработчиков с ролью «${role}».`,
            `Приглашение действует до ${until} и только для этого адреса. Войдите или зарегистрируйтесь с ним и откройте ссылку.`,
          ],
          label: 'Принять приглашение',
        };
  return composeMail({
    to: mail.to,
    kind: 'invitation',
    subject: content.subject,
    paragraphs: content.paragraphs,
    action: { label: content.label, url: mail.acceptUrl },
    signature: SIGNATURE[language],
  });
}

import type { UserRepository } from '@devportal/portal-domain';
import { type MailSender, mailLanguageOf, passwordResetCodeMail } from '@devportal/portal-mail';
import type { PasswordResetCodeSender } from './dev-identity-provider.js';

/** What {@link mailedResetCodes} reads and sends with. */
export interface MailedResetCodesDependencies {
  /** The stack's mail sender (MailDev on loopback). */
  readonly sender: MailSender;
  /** The portal's profiles: the language a person chose is kept there, not at the identity provider. */
  readonly users: Pick<UserRepository, 'get'>;
}

/**
 * A {@link PasswordResetCodeSender} that mails each code, as Cognito does in AWS: in the language
 * of the person's portal profile, else the one they chose at the identity provider, else Russian
 * (a person who never opened the portal has no profile yet). The code is in the message only,
 * never in a log line: a failure reaches the identity provider's `onFault` as the error alone.
 */
export function mailedResetCodes(deps: MailedResetCodesDependencies): PasswordResetCodeSender {
  return async (notice) => {
    const profile = await deps.users.get(notice.userId);
    await deps.sender.send(
      passwordResetCodeMail({
        to: notice.email,
        language: mailLanguageOf(profile?.language ?? notice.locale),
        name: notice.name,
        code: notice.code,
        expiresAt: notice.expiresAt,
      }),
    );
  };
}

import type { MailMessage } from './mail-message.js';

/**
 * The port through which the portal sends e-mail: SMTP on the local stack
 * ({@link SmtpMailSender}), Amazon SES in AWS ({@link SesMailSender}). `send` resolves once the
 * server accepted the message and rejects otherwise; callers decide whether that fails their work
 * (see {@link sendAfterCommit}).
 */
export interface MailSender {
  send(message: MailMessage): Promise<void>;
}

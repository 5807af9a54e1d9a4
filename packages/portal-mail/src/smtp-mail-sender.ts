import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-message.js';
import type { MailSender } from './mail-sender.js';

/** Where {@link SmtpMailSender} hands its messages. */
export interface SmtpSettings {
  readonly host: string;
  readonly port: number;
  /** The sender address (`From`). */
  readonly from: string;
  /** How long connecting, greeting and each command may take, in ms (5000). */
  readonly timeoutMs?: number;
}

/**
 * {@link MailSender} over SMTP with nodemailer, for the local stack's mail server on loopback
 * (plain SMTP, no authentication). One connection per message, closed once the server answered:
 * no socket outlives a send.
 */
export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter;

  constructor(private readonly settings: SmtpSettings) {
    const timeout = settings.timeoutMs ?? 5000;
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: false,
      ignoreTLS: true,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
  }
}

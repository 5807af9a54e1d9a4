import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { MailMessage } from './mail-message.js';
import type { MailSender } from './mail-sender.js';

/** What {@link SesMailSender} sends with. */
export interface SesSettings {
  /** The sender address (`From`), an address of the verified SES identity. */
  readonly from: string;
  /** The SES configuration set the sends are recorded under, if any. */
  readonly configurationSetName?: string;
}

/** {@link MailSender} on Amazon SES (`SendEmail` of the v2 API), the client injected. */
export class SesMailSender implements MailSender {
  constructor(
    private readonly client: Pick<SESv2Client, 'send'>,
    private readonly settings: SesSettings,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.settings.from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: utf8(message.subject),
            Body: { Text: utf8(message.text), Html: utf8(message.html) },
          },
        },
        ...(this.settings.configurationSetName && {
          ConfigurationSetName: this.settings.configurationSetName,
        }),
      }),
    );
  }
}

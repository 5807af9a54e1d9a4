import type { MailFault, MailSender } from '@devportal/portal-mail';

/** How the portal API sends its e-mail. */
export interface PortalMailSettings {
  /** SMTP to the local mail server, Amazon SES in AWS. */
  readonly sender: MailSender;
  /** The website's origin, for the links in messages (`https://portal.example.com`). */
  readonly siteUrl: string;
  /** How long a send may hold up the answer of the request that caused it (3 s). */
  readonly budgetMs?: number;
}

/** Where a failed send is reported: its kind and error, never the message. */
export type MailFaultReporter = (fault: MailFault) => void;

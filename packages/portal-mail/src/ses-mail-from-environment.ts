import { SESv2Client } from '@aws-sdk/client-sesv2';
import {
  type AwsClientInstrumentation,
  ENVIRONMENT,
  type Environment,
  optionalVariable,
  requiredVariable,
  uninstrumented,
} from '@devportal/runtime';
import type { MailSender } from './mail-sender.js';
import { SesMailSender } from './ses-mail-sender.js';

/** How a Lambda sends e-mail: through SES, with links to the website. */
export interface SesMailSettings {
  readonly sender: MailSender;
  /** The website's origin, for the links in messages (`https://portal.example.com`). */
  readonly siteUrl: string;
}

/**
 * Amazon SES from `MAIL_FROM` (an address of the stage's SES identity, the only one the function's
 * role may send from) with links to `PORTAL_SITE_URL`; undefined without a sender, when no e-mail
 * is sent. The portal API, the cards gateway (quota warnings) and the status sync (failing
 * webhook endpoints) read it alike.
 */
export function sesMailFromEnvironment(
  env: Environment,
  instrument: AwsClientInstrumentation = uninstrumented,
): SesMailSettings | undefined {
  const from = optionalVariable(env, ENVIRONMENT.mailFrom);
  if (from === undefined) return undefined;
  return {
    sender: new SesMailSender(instrument(new SESv2Client({})), { from }),
    siteUrl: requiredVariable(env, ENVIRONMENT.portalSiteUrl),
  };
}

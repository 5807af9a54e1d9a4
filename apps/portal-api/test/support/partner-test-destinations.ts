import { staticHostResolver, type WebhookDestinationPolicy } from '@devportal/portal-domain';

/**
 * The rules of AWS, with names resolved by a table instead of DNS: every `*.partner.test`
 * receiver resolves to one public address (nothing is ever sent to it), so no test asks the
 * machine's resolver.
 */
export const PARTNER_TEST_DESTINATIONS: WebhookDestinationPolicy = {
  resolver: staticHostResolver({ '*.partner.test': ['93.184.215.14'] }),
};

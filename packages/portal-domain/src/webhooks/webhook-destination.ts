import { type HostResolver, nodeHostResolver, type ResolvedAddress } from './host-resolver.js';
import { isPublicAddress } from './webhook-address.js';
import { checkWebhookUrl, type WebhookUrlPolicy, type WebhookUrlRule } from './webhook-url.js';

/** Where webhooks may point, and how their names resolve. */
export interface WebhookDestinationPolicy extends WebhookUrlPolicy {
  readonly resolver: HostResolver;
}

/** The rules in AWS: https on port 443 to public addresses, names resolved by the machine's DNS. */
export const PRODUCTION_WEBHOOK_DESTINATIONS: WebhookDestinationPolicy = {
  resolver: nodeHostResolver,
};

/** Where a webhook URL leads, checked. */
export type WebhookDestination =
  | {
      readonly ok: true;
      readonly url: string;
      /** Every address the name resolved to, all public; empty when the name did not resolve. */
      readonly addresses: readonly ResolvedAddress[];
    }
  | { readonly ok: false; readonly rule: WebhookUrlRule };

/**
 * Checks `url` by the lexical rules, then resolves its host and refuses it if ANY address is not
 * public (a name with one private address among public ones reaches the private one sooner or
 * later). Run at registration and again before every delivery, whose connection then goes to
 * one of these addresses and nowhere else: a name that changes its answer in between (DNS
 * rebinding) is caught by the second run. A name that does not resolve is no danger by itself;
 * the caller decides what it means.
 */
export async function checkWebhookDestination(
  url: string,
  policy: WebhookDestinationPolicy,
): Promise<WebhookDestination> {
  const checked = checkWebhookUrl(url, policy);
  if (!checked.ok) return checked;
  if (checked.pinned) return { ok: true, url: checked.url, addresses: [checked.pinned] };
  let addresses: readonly ResolvedAddress[];
  try {
    addresses = await policy.resolver.resolve(checked.hostname);
  } catch {
    return { ok: true, url: checked.url, addresses: [] };
  }
  if (!addresses.every(({ address }) => isPublicAddress(address))) {
    return { ok: false, rule: 'non_public_address' };
  }
  return { ok: true, url: checked.url, addresses };
}

import { isIP } from 'node:net';
import type { ResolvedAddress } from './host-resolver.js';

/** Where a deployment lets webhooks point beyond the production rules. Neither is set in AWS. */
export interface WebhookUrlPolicy {
  /**
   * Accept `http://` to `localhost`, `127.0.0.1` or `[::1]`, on any port (`true`: the local
   * stack, whose receivers run on the developer's machine without a certificate) or on the
   * listed ports only (the system tests' one receiver).
   */
  readonly allowLoopbackHttp?: boolean | readonly number[];
  /**
   * Accept https on any port, not only 443 (the local stack and the tests, whose receivers
   * listen on free ports).
   */
  readonly allowAnyPort?: boolean;
}

/**
 * Why a webhook URL is refused, each with the words a member reads in the problem's `detail`.
 * Declared once, as data: the portal's answer, the delivery's refusal and the tests read it.
 */
export const WEBHOOK_URL_RULES = {
  malformed: 'The URL is not an absolute URL of at most 2048 characters',
  scheme: 'The URL must use https',
  credentials: 'The URL must not carry a user name or a password',
  fragment: 'The URL must not have a fragment',
  ip_literal: 'The host must be a DNS name, not an IP address',
  reserved_name:
    'The host name is reserved for local or internal use (a single label, localhost, .local, .internal, .home.arpa, or a trailing dot)',
  port: 'The URL must use the standard https port (443)',
  non_public_address:
    'The host name resolves to an address that is not public (loopback, private, link-local, shared, unique-local, metadata, multicast or reserved)',
} as const;

/** A rule of {@link WEBHOOK_URL_RULES}. */
export type WebhookUrlRule = keyof typeof WEBHOOK_URL_RULES;

/** The lexical verdict on a webhook URL. */
export type WebhookUrlCheck =
  | {
      readonly ok: true;
      /** The URL normalised. */
      readonly url: string;
      /** The host name to resolve (lower case, no brackets). */
      readonly hostname: string;
      /** Where to connect without resolving: set only for the loopback http the policy allows. */
      readonly pinned?: ResolvedAddress;
    }
  | { readonly ok: false; readonly rule: WebhookUrlRule };

const MAX_URL_LENGTH = 2048;
const LOOPBACK_HOSTS: Readonly<Record<string, ResolvedAddress>> = {
  localhost: { address: '127.0.0.1', family: 4 },
  '127.0.0.1': { address: '127.0.0.1', family: 4 },
  '[::1]': { address: '::1', family: 6 },
};
/**
 * Names for a machine's or a private network's own use: they resolve, if at all, inside the
 * platform (RFC 6761 localhost, RFC 6762 .local, .internal (GCE's metadata.google.internal,
 * AWS's *.compute.internal), RFC 8375 .home.arpa).
 */
const RESERVED_SUFFIXES = ['localhost', 'local', 'internal', 'localdomain', 'home.arpa'];

/**
 * The lexical rules of a webhook URL: https to a DNS name on port 443, no credentials, no
 * fragment, no IP literal, no name reserved for internal use. Where the name points is checked
 * by {@link checkWebhookDestination} after this, since a name can point anywhere.
 */
export function checkWebhookUrl(url: string, policy: WebhookUrlPolicy = {}): WebhookUrlCheck {
  if (url.length > MAX_URL_LENGTH || !URL.canParse(url)) return refused('malformed');
  const parsed = new URL(url);
  if (parsed.protocol === 'http:' && allowsLoopbackPort(policy, Number(parsed.port || 80))) {
    const pinned = LOOPBACK_HOSTS[parsed.hostname];
    if (pinned && parsed.username === '' && parsed.password === '' && parsed.hash === '') {
      return { ok: true, url: parsed.href, hostname: parsed.hostname, pinned };
    }
  }
  if (parsed.protocol !== 'https:') return refused('scheme');
  if (parsed.username !== '' || parsed.password !== '') return refused('credentials');
  if (parsed.hash !== '') return refused('fragment');
  const hostname = parsed.hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname) !== 0) return refused('ip_literal');
  if (isReservedName(hostname)) return refused('reserved_name');
  if (parsed.port !== '' && !policy.allowAnyPort) return refused('port');
  return { ok: true, url: parsed.href, hostname };
}

function allowsLoopbackPort({ allowLoopbackHttp }: WebhookUrlPolicy, port: number): boolean {
  return typeof allowLoopbackHttp === 'boolean'
    ? allowLoopbackHttp
    : (allowLoopbackHttp?.includes(port) ?? false);
}

/** Whether `hostname` can only name something inside the platform's own network. */
function isReservedName(hostname: string): boolean {
  // A trailing dot is an absolute name that slips past suffix lists; one label is completed by
  // the resolver's search domains (`metadata`, `intranet`): no partner's receiver needs either.
  if (hostname.endsWith('.') || !hostname.includes('.')) return true;
  return RESERVED_SUFFIXES.some((suffix) => hostname === suffix || hostname.endsWith(`.${suffix}`));
}

function refused(rule: WebhookUrlRule): WebhookUrlCheck {
  return { ok: false, rule };
}

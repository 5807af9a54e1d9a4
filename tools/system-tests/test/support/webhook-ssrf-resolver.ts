import { type HostResolver, staticHostResolver } from '@devportal/portal-domain';

/** A public address (example.com's) some test names resolve to; nothing is ever sent to it. */
export const PUBLIC_TEST_ADDRESS = '93.184.215.14';

/**
 * The suffix of names that rebind: the first lookup answers {@link PUBLIC_TEST_ADDRESS} (the
 * registration's check), every later one 127.0.0.1 (the delivery), as an attacker's DNS server
 * with a zero TTL would. Each test takes a fresh name under it.
 */
export const REBINDING_SUFFIX = '.rebind.partner.test';

/** What the hostile names resolve to on the real internet (nip.io, localtest.me, GCE's metadata). */
const HOSTS: Readonly<Record<string, readonly string[]>> = {
  '127.0.0.1.nip.io': ['127.0.0.1'],
  'localtest.me': ['127.0.0.1', '::1'],
  'metadata.google.internal': ['169.254.169.254'],
  'metadata.partner.test': ['169.254.169.254'],
  'ec2-metadata.partner.test': ['fd00:ec2::254'],
  'private.partner.test': ['10.0.0.5'],
  'intranet.partner.test': ['172.16.3.4'],
  'router.partner.test': ['192.168.1.1'],
  'cgnat.partner.test': ['100.64.0.1'],
  'unspecified.partner.test': ['0.0.0.0'],
  'mapped.partner.test': ['::ffff:127.0.0.1'],
  'link-local.partner.test': ['fe80::1'],
  'multicast.partner.test': ['224.0.0.1'],
  'one-bad-of-two.partner.test': [PUBLIC_TEST_ADDRESS, '10.1.2.3'],
};

/**
 * The system tests' DNS, injected into the stack (`webhookResolver`): a fixed table and the
 * rebinding names, so no query leaves the machine. A name it does not know is not found, as
 * `.test` names are on the internet.
 */
export function webhookSsrfResolver(): HostResolver {
  const table = staticHostResolver(HOSTS);
  const rebound = new Set<string>();
  return {
    async resolve(hostname) {
      const name = hostname.toLowerCase();
      if (!name.endsWith(REBINDING_SUFFIX)) return table.resolve(name);
      const first = !rebound.has(name);
      rebound.add(name);
      return [{ address: first ? PUBLIC_TEST_ADDRESS : '127.0.0.1', family: 4 }];
    },
  };
}

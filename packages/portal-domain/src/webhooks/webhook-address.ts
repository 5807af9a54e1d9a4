import ipaddr from 'ipaddr.js';

/** Global unicast IPv6 (RFC 4291): everything else is special-purpose or unassigned. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * Whether a webhook may be delivered to `address`: a global unicast address, after unwrapping an
 * IPv4-mapped IPv6 one. Refused by ipaddr.js's special-purpose ranges: loopback, private
 * (10/8, 172.16/12, 192.168/16), link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), shared CGNAT (100.64/10), unique-local (fc00::/7 with AWS's
 * fd00:ec2::254), unspecified, multicast, broadcast, documentation, benchmarking and reserved
 * blocks, and translation prefixes (NAT64, 6to4, Teredo) that could embed any IPv4 address.
 * Anything that does not parse is refused too.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== 'unicast') return false;
  return parsed.kind() === 'ipv4' || parsed.match(GLOBAL_UNICAST_V6);
}

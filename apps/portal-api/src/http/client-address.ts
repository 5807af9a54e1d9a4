import { isIP } from 'node:net';

/**
 * The address of the client behind a chain of proxies: `peer` is the connection's other end;
 * `forwardedFor` the `x-forwarded-for` hops, oldest first, as each proxy appended the address of
 * whoever connected to it. Only a trusted proxy's entry is believed, so the walk goes right to
 * left past trusted proxies and stops at the first address that is not one: everything left of it
 * was written by the client and may be forged. Without trusted proxies the peer is the client.
 */
export function clientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  let client = normalised(peer);
  if (!trustedProxies.has(client)) return client;
  const hops = (forwardedFor ?? '').split(',').map((hop) => normalised(hop.trim()));
  for (const hop of hops.reverse()) {
    // A trusted proxy writes an address; anything else means its entry is not there to read.
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!trustedProxies.has(client)) return client;
  }
  return client;
}

/** The addresses of trusted proxies in the form {@link clientAddress} compares. */
export function trustedProxySet(addresses: readonly string[] = []): ReadonlySet<string> {
  return new Set(addresses.map(normalised));
}

/** An IPv4 address as a dual-stack socket reports it (`::ffff:127.0.0.1`) is that IPv4 address. */
function normalised(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ?? address.toLowerCase();
}

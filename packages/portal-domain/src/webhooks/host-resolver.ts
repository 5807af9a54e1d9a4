import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** One address a host name resolved to. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * Resolves host names (a port: the deployment resolves through the platform's DNS, tests through
 * a fixed table, so no query leaves the machine). Resolves every address of the name; rejects
 * when the name has none.
 */
export interface HostResolver {
  resolve(hostname: string): Promise<readonly ResolvedAddress[]>;
}

/**
 * {@link HostResolver} on `node:dns` `lookup` (the operating system's resolver, as a socket's
 * connect would use), every address at once so that none of them escapes the check.
 */
export const nodeHostResolver: HostResolver = {
  async resolve(hostname) {
    const answers = await lookup(hostname, { all: true, verbatim: true });
    return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  },
};

/**
 * A {@link HostResolver} answering from a fixed table (for tests and pinned hosts): a key is a
 * name, or `*.` and a suffix matching every name below it. Any other name is not found.
 *
 * @example
 * const resolver = staticHostResolver({ '*.partner.test': ['93.184.215.14'] });
 */
export function staticHostResolver(
  hosts: Readonly<Record<string, readonly string[]>>,
): HostResolver {
  return {
    async resolve(hostname) {
      const name = hostname.toLowerCase();
      const key = Object.keys(hosts).find(
        (entry) => entry === name || (entry.startsWith('*.') && name.endsWith(entry.slice(1))),
      );
      const addresses = key === undefined ? undefined : hosts[key];
      if (!addresses) {
        throw Object.assign(new Error(`${name} is not in the table`), { code: 'ENOTFOUND' });
      }
      return addresses.map((address) => ({ address, family: isIP(address) === 6 ? 6 : 4 }));
    },
  };
}

import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxySet } from '../../src/http/client-address.js';

const PROXY = '10.0.0.5';
const OUTER_PROXY = '10.0.0.9';
const trusting = trustedProxySet([PROXY, OUTER_PROXY]);

describe('the client address behind proxies', () => {
  it.each([
    [
      'no trusted proxy: the peer, whatever the header says',
      '192.0.2.1',
      '203.0.113.66',
      trustedProxySet(),
      '192.0.2.1',
    ],
    [
      'a peer that is not a trusted proxy wrote nothing believable',
      '192.0.2.1',
      '203.0.113.66',
      trusting,
      '192.0.2.1',
    ],
    ['a trusted proxy: the hop it appended', PROXY, '198.51.100.7', trusting, '198.51.100.7'],
    [
      'the right-most untrusted hop, never a forged one left of it',
      PROXY,
      '203.0.113.66, 198.51.100.7',
      trusting,
      '198.51.100.7',
    ],
    [
      'past every trusted proxy, right to left',
      PROXY,
      `203.0.113.66, 198.51.100.7, ${OUTER_PROXY}`,
      trusting,
      '198.51.100.7',
    ],
    ['a trusted proxy that appended nothing: the proxy itself', PROXY, undefined, trusting, PROXY],
    [
      'a hop that is not an address stops the walk at the proxy',
      PROXY,
      'not-an-address',
      trusting,
      PROXY,
    ],
    [
      'a dual-stack peer matches its IPv4 form',
      `::ffff:${PROXY}`,
      '198.51.100.7',
      trusting,
      '198.51.100.7',
    ],
    [
      'a dual-stack peer is reported in its IPv4 form',
      '::ffff:127.0.0.1',
      undefined,
      trustedProxySet(),
      '127.0.0.1',
    ],
  ])('%s', (_case, peer, forwardedFor, trusted, expected) => {
    expect(clientAddress(peer, forwardedFor, trusted)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { describeFailure, isLocalFailure } from '../../src/transport/failure-reason.js';

function fetchFailure(cause: object): TypeError {
  return new TypeError('fetch failed', { cause });
}

describe('failure reasons', () => {
  it.each([
    ['a blocked port', fetchFailure(new Error('bad port'))],
    ['an unknown scheme', fetchFailure(new Error('unknown scheme'))],
    ['an unknown host', fetchFailure({ code: 'ENOTFOUND' })],
    ['an unreadable client key', fetchFailure({ code: 'ERR_OSSL_PEM_NO_START_LINE' })],
    [
      'a server certificate for another name',
      fetchFailure({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }),
    ],
    [
      'an invalid header value',
      new TypeError('Headers.append: "a\\nb" is an invalid header value.'),
    ],
  ])('%s is local: another attempt would fail alike', (_, error) => {
    expect(isLocalFailure(error)).toBe(true);
  });

  it.each([
    ['a refused connection', fetchFailure({ code: 'ECONNREFUSED' })],
    ['a reset', fetchFailure({ code: 'ECONNRESET' })],
    ['a DNS hiccup', fetchFailure({ code: 'EAI_AGAIN' })],
    ['a browser’s network failure', new TypeError('Failed to fetch')],
  ])('%s may pass on another attempt', (_, error) => {
    expect(isLocalFailure(error)).toBe(false);
  });

  it('names the system code, else fetch’s message with its cause’s', () => {
    expect(describeFailure(fetchFailure({ code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(describeFailure(fetchFailure(new Error('bad port')))).toBe('fetch failed: bad port');
    expect(describeFailure(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });
});

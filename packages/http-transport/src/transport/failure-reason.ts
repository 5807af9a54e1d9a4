/**
 * Failures that every attempt would repeat, found on this side: a port the fetch standard blocks,
 * a scheme fetch cannot send, a URL or header that cannot be built, a host name no DNS server
 * knows (`EAI_AGAIN` is the transient DNS code), a client certificate or key OpenSSL cannot read,
 * a server certificate that does not verify.
 */
const localReasons = new Set(['bad port', 'unknown scheme', 'invalid url']);
const localCodes = new Set([
  'ENOTFOUND',
  'ERR_INVALID_URL',
  'ERR_INVALID_ARG_VALUE',
  'ERR_INVALID_CHAR',
  'ERR_INVALID_HTTP_TOKEN',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
/** OpenSSL's own errors (`ERR_OSSL_PEM_NO_START_LINE`, …): the TLS settings cannot be read. */
const openSslCode = /^ERR_OSSL_/;

function causeOf(error: unknown): { code?: unknown; message?: unknown } | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  return typeof cause === 'object' && cause !== null ? cause : undefined;
}

/**
 * What went wrong, in a few words: the system code of the underlying error when it has one
 * (`ECONNREFUSED`), else fetch's message with its cause's (`fetch failed: bad port`), since
 * fetch's own message alone names no reason.
 */
export function describeFailure(error: unknown): string {
  const cause = causeOf(error);
  if (typeof cause?.code === 'string') return cause.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof cause?.message === 'string' && cause.message !== ''
    ? `${message}: ${cause.message}`
    : message;
}

/** Whether the failure is deterministic and local, so that another attempt would fail alike. */
export function isLocalFailure(error: unknown): boolean {
  const cause = causeOf(error);
  const code = cause?.code;
  if (typeof code === 'string' && (localCodes.has(code) || openSslCode.test(code))) return true;
  if (typeof cause?.message === 'string' && localReasons.has(cause.message.toLowerCase())) {
    return true;
  }
  // A request fetch refuses to build (an invalid header value, an unparsable URL) is a
  // TypeError naming what is invalid; a browser's network failure is a TypeError naming nothing.
  return error instanceof TypeError && cause === undefined && /invalid/i.test(error.message);
}

/**
 * Failures that happen on this side before anything reaches the network and that every attempt
 * would repeat: a port the fetch standard blocks, a scheme fetch cannot send, a URL or header
 * that cannot be built, a host name no DNS server knows (`EAI_AGAIN` is the transient DNS code).
 */
const localReasons = new Set(['bad port', 'unknown scheme', 'invalid url']);
const localCodes = new Set([
  'ENOTFOUND',
  'ERR_INVALID_URL',
  'ERR_INVALID_ARG_VALUE',
  'ERR_INVALID_CHAR',
  'ERR_INVALID_HTTP_TOKEN',
]);

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
  if (typeof cause?.code === 'string' && localCodes.has(cause.code)) return true;
  if (typeof cause?.message === 'string' && localReasons.has(cause.message.toLowerCase())) {
    return true;
  }
  // A request fetch refuses to build (an invalid header value, an unparsable URL) is a
  // TypeError naming what is invalid; a browser's network failure is a TypeError naming nothing.
  return error instanceof TypeError && cause === undefined && /invalid/i.test(error.message);
}

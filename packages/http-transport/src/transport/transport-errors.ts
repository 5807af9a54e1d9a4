import type { CallIdentity } from './transport-call.js';

/**
 * How a client names the failures that come without an answer, so that its callers catch its
 * own error classes; the transport decides when each is thrown.
 */
export interface TransportErrors {
  /** the server could not be reached, or the connection broke before a full answer */
  readonly connection: (summary: string, call: CallIdentity, cause: unknown) => Error;
  /** an attempt took longer than `timeoutMs` (after the allowed retries) */
  readonly timeout: (timeoutMs: number, call: CallIdentity) => Error;
  /** the caller's signal fired */
  readonly aborted: (call: CallIdentity, reason: unknown) => Error;
  /** the transport's settings cannot work (e.g. a client certificate without its key) */
  readonly configuration: (message: string) => Error;
}

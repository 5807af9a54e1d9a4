import { SberError, type SberErrorContext } from './sber-error.js';

/** The bank could not be reached, or the connection broke before a full response arrived. */
export class SberConnectionError extends SberError {
  override readonly name: string = 'SberConnectionError';
}

/** An attempt took longer than `timeoutMs` (after the allowed retries). */
export class SberTimeoutError extends SberConnectionError {
  override readonly name: string = 'SberTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, context: SberErrorContext) {
    super(`the bank did not answer within ${timeoutMs} ms`, context);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired; nothing is retried after that. */
export class SberAbortError extends SberError {
  override readonly name: string = 'SberAbortError';

  constructor(context: SberErrorContext, reason: unknown) {
    super('the call was aborted by the caller', context, { cause: reason });
  }
}

/** The bank answered something the contract does not allow (e.g. a `next` link to another host). */
export class SberProtocolError extends SberError {
  override readonly name: string = 'SberProtocolError';
}

/** The client was configured in a way that cannot work (e.g. a client certificate without its key). */
export class SberConfigurationError extends SberError {
  override readonly name: string = 'SberConfigurationError';
}

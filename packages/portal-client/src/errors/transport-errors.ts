import type { CallIdentity, TransportErrors } from '@devportal/http-transport';
import { PortalError } from './portal-error.js';

/** The portal could not be reached, or the connection broke before a full answer. */
export class PortalConnectionError extends PortalError {
  override readonly name: string = 'PortalConnectionError';
}

/** An attempt outlived `timeoutMs` (after the allowed retries). */
export class PortalTimeoutError extends PortalConnectionError {
  override readonly name: string = 'PortalTimeoutError';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, call: CallIdentity) {
    const { callId, operationId } = call;
    super(`the portal did not answer within ${timeoutMs} ms`, { callId, operationId });
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `AbortSignal` fired; nothing is retried after that. */
export class PortalAbortError extends PortalError {
  override readonly name: string = 'PortalAbortError';
}

/** The portal answered outside its contract (e.g. a list page that repeats its cursor). */
export class PortalProtocolError extends PortalError {
  override readonly name: string = 'PortalProtocolError';
}

/** The client's settings cannot work (e.g. neither a token nor a token provider). */
export class PortalConfigurationError extends PortalError {
  override readonly name: string = 'PortalConfigurationError';
}

/** The transport's failures without an answer, as this client's error classes. */
export const portalTransportErrors: TransportErrors = {
  connection: (summary, { callId, operationId }, cause) =>
    new PortalConnectionError(`the portal could not be reached: ${summary}`, {
      callId,
      operationId,
      cause,
    }),
  timeout: (timeoutMs, call) => new PortalTimeoutError(timeoutMs, call),
  aborted: ({ callId, operationId }, reason) =>
    new PortalAbortError('the call was aborted by the caller', {
      callId,
      operationId,
      cause: reason,
    }),
  configuration: (message) => new PortalConfigurationError(message),
};

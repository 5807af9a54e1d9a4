import { randomUUID } from 'node:crypto';
import {
  createHttpTransport,
  fixedToken,
  type HttpTransportOptions,
  isTransientFailure,
  type TransportCall,
  type TransportErrors,
} from '../../src/index.js';

/** An error of the client under test, tagged with the failure the transport reported. */
export class ClientFailure extends Error {
  constructor(
    readonly kind: keyof TransportErrors,
    message: string,
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

const errors: TransportErrors = {
  connection: (summary, call, cause) => new ClientFailure('connection', summary, { call, cause }),
  timeout: (timeoutMs, call) => new ClientFailure('timeout', `${timeoutMs}`, { call }),
  aborted: (call, reason) => new ClientFailure('aborted', 'aborted', { call, reason }),
  configuration: (message) => new ClientFailure('configuration', message),
};

/** A transport with a fixed token, short backoff, and the transient-failure policy. */
export function transportUnderTest(overrides: Partial<HttpTransportOptions> = {}) {
  return createHttpTransport({
    tokens: fixedToken('fixed-token'),
    retryPolicy: isTransientFailure,
    backoff: { initialDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000 },
    errors,
    ...overrides,
  });
}

/** A call with the given settings and a fresh request id. */
export function aCall(overrides: Partial<TransportCall> = {}): TransportCall {
  return {
    callId: randomUUID(),
    operationId: 'testOperation',
    maxRetries: 2,
    timeoutMs: 5_000,
    ...overrides,
  };
}

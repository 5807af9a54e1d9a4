import { createHttpTransport, type HttpTransport } from '@devportal/http-transport';
import { tokenSource } from '../auth/token-source.js';
import type { SberClientOptions } from '../client/client-options.js';
import {
  SberAbortError,
  SberConfigurationError,
  SberConnectionError,
  SberTimeoutError,
} from '../errors/transport-errors.js';
import { accessTokenPattern } from '../generated/sber-business-cards.patterns.js';
import { bankRetryPolicy } from './retry-policy.js';

/** Anything shaped like a SberBusiness ID token: the bank echoes a refused one in its 401 body. */
const bankTokenShape = new RegExp(accessTokenPattern.replace(/^\^|\$$/g, ''), 'g');

/** The shared transport, with the bank's retry rules, token shape and error classes. */
export function createBankTransport(options: SberClientOptions): HttpTransport {
  return createHttpTransport({
    tokens: tokenSource(options),
    retryPolicy: bankRetryPolicy,
    backoff: options.backoff,
    tls: options.tls,
    fetch: options.fetch,
    logger: options.logger,
    secretShapes: [bankTokenShape],
    errors: {
      connection: (summary, call, cause) =>
        new SberConnectionError(`could not reach the bank: ${summary}`, call, { cause }),
      timeout: (timeoutMs, call) => new SberTimeoutError(timeoutMs, call),
      aborted: (call, reason) => new SberAbortError(call, reason),
      configuration: (message) => new SberConfigurationError(message),
    },
  });
}

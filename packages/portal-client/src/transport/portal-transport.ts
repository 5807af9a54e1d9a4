import {
  createHttpTransport,
  fixedToken,
  type HttpTransport,
  isIdempotentMethod,
  isTransientFailure,
  providedTokens,
  type RetryPolicy,
} from '@devportal/http-transport';
import type { PortalClientOptions } from '../client/client-options.js';
import { PortalConfigurationError, portalTransportErrors } from '../errors/transport-errors.js';

/**
 * Only idempotent calls are repeated (GET, PUT, DELETE): a POST whose answer was lost may have
 * created an organisation, an invitation or a Client Secret, and the portal takes no idempotency
 * keys. They are repeated after a lost connection, a timeout, 408, 429, 500, 502, 503 and 504;
 * never after a 409, which reports a broken invariant that a second try does not mend.
 */
export const portalRetryPolicy: RetryPolicy = (attempt) =>
  isIdempotentMethod(attempt.method) && isTransientFailure(attempt);

/** A JWT (`eyJ…` header, payload, signature) wherever it appears in an error body. */
const jwtShape = /eyJ[\w-]*\.[\w-]*\.[\w-]*/g;

/** The shared transport with the portal's retry policy, token shape and error classes. */
export function createPortalTransport(options: PortalClientOptions): HttpTransport {
  if (!options.tokenProvider && options.token === undefined) {
    throw new PortalConfigurationError('createPortalClient needs either token or tokenProvider');
  }
  return createHttpTransport({
    tokens: options.tokenProvider
      ? providedTokens(options.tokenProvider)
      : fixedToken(options.token ?? ''),
    retryPolicy: portalRetryPolicy,
    backoff: options.backoff,
    fetch: options.fetch,
    logger: options.logger,
    secretShapes: [jwtShape],
    errors: portalTransportErrors,
  });
}

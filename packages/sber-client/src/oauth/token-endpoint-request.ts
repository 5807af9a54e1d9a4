import {
  bodyField,
  type FetchFunction,
  parseRetryAfter,
  withDeadline,
} from '@devportal/http-transport';
import {
  SberConnectionError,
  SberProtocolError,
  SberTimeoutError,
} from '../errors/transport-errors.js';
import { SberOAuthError } from './oauth-error.js';

/** An OAuth 2.0 token endpoint (RFC 6749 §3.2) and how to reach it. */
export interface TokenEndpoint {
  readonly url: string;
  /** who answers there, for messages: `SberBusiness ID`, `the cards gateway` */
  readonly issuer: string;
  readonly fetch?: FetchFunction | undefined;
  /** give up on an answer after this long */
  readonly timeoutMs: number;
  /** an `Authorization` header (HTTP Basic client authentication) */
  readonly authorization?: string;
}

/**
 * Posts a token request form and returns the JSON body of a 2xx answer. A refusal (RFC 6749 §5.2)
 * throws {@link SberOAuthError}; no answer throws `SberConnectionError` or `SberTimeoutError`.
 * Nothing is retried: a refresh that reached the server may have rotated the tokens already.
 */
export function requestTokens(
  endpoint: TokenEndpoint,
  form: Record<string, string>,
): Promise<unknown> {
  return withDeadline(endpoint.timeoutMs, async (signal) => {
    const request = new Request(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        ...(endpoint.authorization !== undefined && { authorization: endpoint.authorization }),
      },
      body: new URLSearchParams(form),
      signal,
    });
    let response: Response;
    try {
      response = await (endpoint.fetch ?? fetch)(request);
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new SberTimeoutError(endpoint.timeoutMs, {});
      }
      throw new SberConnectionError(
        `${endpoint.issuer} could not be reached`,
        {},
        { cause: error },
      );
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) throw refusalOf(endpoint.issuer, response, body);
    return body;
  });
}

function refusalOf(issuer: string, response: Response, body: unknown): Error {
  const error = bodyField(body, 'error');
  if (typeof error !== 'string') {
    return new SberProtocolError(`${issuer} answered ${response.status} without an OAuth error`);
  }
  const description = bodyField(body, 'error_description');
  return new SberOAuthError(
    response.status,
    error,
    typeof description === 'string' ? description : undefined,
    { issuer, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) },
  );
}

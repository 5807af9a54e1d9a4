import { parseRetryAfter } from '../retry/retry-after.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';
import { type ResponseMeta, responseMetaOf } from './response-meta.js';

/** What every API error of a client tells about the answer it was made from. */
export interface ErrorResponseFacts extends ResponseMeta {
  /** the URL answered, or the one the client meant to call when the response does not say */
  readonly url: string;
  /** the wait the server asked for in `Retry-After`, in milliseconds */
  readonly retryAfterMs: number | undefined;
  /** the `RateLimit` headers, when the answer carried any */
  readonly rateLimit: RateLimit | undefined;
}

/** The facts of an error answer that do not depend on its body's format. */
export function errorResponseFacts(response: Response, calledUrl: string): ErrorResponseFacts {
  return {
    ...responseMetaOf(response),
    url: response.url || calledUrl,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
    rateLimit: parseRateLimit(response.headers),
  };
}

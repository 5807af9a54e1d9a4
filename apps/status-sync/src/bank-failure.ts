import { isDomainError } from '@devportal/portal-domain';
import { SberApiError, SberError, SberNotFoundError } from '@devportal/sber-client';

/**
 * Why the bank gave no state: it does not know the document (`not_found`), it asked
 * to be left alone for a while (`throttled`: 429, or 503 with `Retry-After`), or any
 * other failure after the client's own retries.
 */
export type BankFailure =
  | { readonly kind: 'not_found' }
  | { readonly kind: 'throttled'; readonly retryAfterMs: number }
  | { readonly kind: 'failed'; readonly reason: string };

/** The {@link BankFailure} a rejection of the bank state reader means. */
export function bankFailureOf(error: unknown): BankFailure {
  if (error instanceof SberNotFoundError) return { kind: 'not_found' };
  if (error instanceof SberApiError) {
    const asksToWait = error.status === 429 || error.status === 503;
    if (asksToWait && error.retryAfterMs !== undefined) {
      return { kind: 'throttled', retryAfterMs: error.retryAfterMs };
    }
    return { kind: 'failed', reason: `HTTP ${error.status} ${error.code ?? ''}`.trim() };
  }
  // Domain refusals (bank_not_connected…) and the client's own errors carry safe messages.
  if (isDomainError(error)) return { kind: 'failed', reason: error.code };
  if (error instanceof SberError) return { kind: 'failed', reason: error.name };
  return { kind: 'failed', reason: 'unexpected error' };
}

/** The outcome of asking for one call's worth of rate. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  refilledAtMs: number;
}

/**
 * Calls per second per application and product: a token bucket holding one second's worth of
 * calls, refilled continuously. In memory, per instance: behind a load balancer spreading calls
 * over N instances an application may reach N times its rate (see the README).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly now: () => number) {}

  /** Takes one call from the bucket of `key`, refilled at `ratePerSecond`. */
  take(key: string, ratePerSecond: number): RateDecision {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = { tokens: ratePerSecond, refilledAtMs: now };
      this.buckets.set(key, bucket);
    } else {
      const refill = ((now - bucket.refilledAtMs) / 1000) * ratePerSecond;
      bucket.tokens = Math.min(ratePerSecond, bucket.tokens + refill);
      bucket.refilledAtMs = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerSecond)),
    };
  }
}

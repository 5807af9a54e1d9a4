/** What a server said about the caller's rate limit, from the `RateLimit` headers it sent. */
export interface RateLimit {
  /** calls allowed in the window (`RateLimit-Limit`, `limit=`, or the policy's `q=`) */
  readonly limit: number | undefined;
  /** calls left in the window (`RateLimit-Remaining`, `remaining=` or `r=`) */
  readonly remaining: number | undefined;
  /** milliseconds until the window resets (`RateLimit-Reset`, `reset=` or `t=`, in seconds) */
  readonly resetMs: number | undefined;
  /** `RateLimit-Policy` as sent, e.g. `"default";q=100;w=60` */
  readonly policy: string | undefined;
}

function count(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

/** `key=value` parameters of a structured field, `;` or `,` separated, the first value kept. */
function parameters(field: string | null): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (field ?? '').split(/[;,]/)) {
    const [key, value] = part.split('=').map((piece) => piece.trim());
    if (key && value !== undefined && !found.has(key)) found.set(key.toLowerCase(), value);
  }
  return found;
}

/**
 * The rate limit a response announces, in any of the forms of the IETF draft in use: separate
 * `RateLimit-Limit` / `-Remaining` / `-Reset` fields (what the cards gateway sends), the combined
 * `RateLimit: limit=…, remaining=…, reset=…`, or `RateLimit: "name";r=…;t=…` with
 * `RateLimit-Policy: "name";q=…;w=…`. Undefined when the response carries none of them.
 */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const combined = parameters(headers.get('ratelimit'));
  const policy = headers.get('ratelimit-policy') ?? undefined;
  const quota = parameters(policy ?? null);
  const rateLimit = {
    limit: count(headers.get('ratelimit-limit') ?? combined.get('limit') ?? quota.get('q')),
    remaining: count(
      headers.get('ratelimit-remaining') ?? combined.get('remaining') ?? combined.get('r'),
    ),
    resetMs: toMs(
      count(headers.get('ratelimit-reset') ?? combined.get('reset') ?? combined.get('t')),
    ),
    policy,
  };
  return Object.values(rateLimit).some((value) => value !== undefined) ? rateLimit : undefined;
}

function toMs(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : seconds * 1000;
}

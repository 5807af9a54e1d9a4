/** The longest delay `setTimeout` keeps: a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The most retries a call may ask for: more only hammers a server that keeps failing. */
export const MAX_RETRIES = 100;

/** Bounds of a whole-number option. */
interface IntegerRange {
  readonly min: number;
  readonly max: number;
}

/** What each numeric setting of a client or a call may hold. */
export const optionRanges = {
  timeoutMs: { min: 1, max: MAX_TIMER_MS },
  maxRetries: { min: 0, max: MAX_RETRIES },
  initialDelayMs: { min: 0, max: MAX_TIMER_MS },
  maxDelayMs: { min: 0, max: MAX_TIMER_MS },
  maxRetryAfterMs: { min: 0, max: MAX_TIMER_MS },
} as const satisfies Record<string, IntegerRange>;

/** A numeric setting a client or a call accepts. */
export type NumericOption = keyof typeof optionRanges;

function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/**
 * Why a numeric setting cannot work, or undefined when it can (or is absent). `Infinity`, `NaN`,
 * fractions and values past `setTimeout`'s limit are refused here, where the mistake was made,
 * instead of surfacing later as an instant timeout or a protocol error.
 */
export function numericOptionProblem(name: NumericOption, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const { min, max } = optionRanges[name];
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) {
    return undefined;
  }
  return `${name} must be a whole number from ${min} to ${max}, got ${shown(value)}`;
}

/** The first problem among numeric settings, in the order given. */
export function numericOptionsProblem(
  values: Partial<Record<NumericOption, unknown>>,
): string | undefined {
  for (const [name, value] of Object.entries(values)) {
    const problem = numericOptionProblem(name as NumericOption, value);
    if (problem) return problem;
  }
  return undefined;
}

/** Why a base URL cannot work (not an absolute http or https URL), or undefined when it can. */
export function baseUrlProblem(name: string, value: unknown): string | undefined {
  const parsed = typeof value === 'string' && URL.canParse(value) ? new URL(value) : undefined;
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) return undefined;
  return `${name} must be an absolute http(s) URL, got ${shown(value)}`;
}

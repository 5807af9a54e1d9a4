/** The most of `times` (ms) inside any window of `windowMs`, sliding over them. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** When something happened, known only to lie between two instants (ms). */
export interface Span {
  readonly startedAt: number;
  readonly answeredAt: number;
}

/**
 * The most of `spans` lying wholly inside any window of `windowMs`: a lower bound of how many of
 * the events they bracket (a gateway's admissions, bracketed by the partner's request and answer)
 * fell into one window, whatever the spread of answer times. A count above a limit here is a
 * violation for certain; counting answers alone can exceed the limit when answers bunch up.
 */
export function busiestWindowCertain(spans: readonly Span[], windowMs: number): number {
  let most = 0;
  for (const opening of spans) {
    const from = opening.startedAt;
    const inside = spans.filter(
      (span) => span.startedAt >= from && span.answeredAt < from + windowMs,
    ).length;
    most = Math.max(most, inside);
  }
  return most;
}

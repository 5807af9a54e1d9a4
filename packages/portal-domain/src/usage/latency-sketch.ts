/**
 * Latency counts kept as a DDSketch-style log-spaced histogram: a latency `v` counts under the
 * key `ceil(log_γ v)` with `γ = (1 + α) / (1 − α)`, and a key is reported as `2γᵏ / (γ + 1)`,
 * which lies within the relative accuracy `α` of every latency in `(γᵏ⁻¹, γᵏ]`. The keys are
 * fixed, so sketches of any minutes, hours, days, applications and gateway instances merge by
 * adding their counts key by key, the way the usage counters are stored: one atomic `ADD` of
 * one key per call, never a read-modify-write. Only the keys a period saw are stored.
 *
 * The library `@datadog/sketches-js` uses the same mapping; its protobuf serialisation would
 * need a read-modify-write per call and brings protobufjs into every Lambda bundle, so the
 * counts are kept as plain counters instead.
 */

/** The stated relative error of every reported latency quantile (1 %). */
export const LATENCY_RELATIVE_ACCURACY = 0.01;

/**
 * Latencies below this (ms) count as it: 10 µs. The error below it is at most this
 * absolute value; from it on, the relative accuracy holds.
 */
export const LATENCY_SKETCH_MIN_MS = 0.01;

/** Latencies above this (ms) count as it: beyond any gateway timeout, so the keys stay bounded. */
export const LATENCY_SKETCH_MAX_MS = 3_600_000;

const GAMMA = (1 + LATENCY_RELATIVE_ACCURACY) / (1 - LATENCY_RELATIVE_ACCURACY);
const LOG_GAMMA = Math.log(GAMMA);

/** Counts per sketch key (an integer, as a string: the name it is stored under ends in it). */
export type LatencySketch = Readonly<Record<string, number>>;

/** The sketch key a latency counts under. */
export function latencyKeyOf(latencyMs: number): number {
  const clamped = Math.min(
    LATENCY_SKETCH_MAX_MS,
    Math.max(LATENCY_SKETCH_MIN_MS, Number.isFinite(latencyMs) ? latencyMs : 0),
  );
  return Math.ceil(Math.log(clamped) / LOG_GAMMA);
}

/** The latency a key reports: within the relative accuracy of every latency counted under it. */
export function latencyOfKey(key: number): number {
  return (2 * GAMMA ** key) / (GAMMA + 1);
}

/** The sketch of one latency. */
export function sketchOf(latencyMs: number): LatencySketch {
  return { [String(latencyKeyOf(latencyMs))]: 1 };
}

/** `sketches` merged: their counts added key by key. */
export function mergedSketches(...sketches: readonly LatencySketch[]): LatencySketch {
  const merged: Record<string, number> = {};
  for (const sketch of sketches) {
    for (const [key, count] of Object.entries(sketch)) merged[key] = (merged[key] ?? 0) + count;
  }
  return merged;
}

/**
 * The `quantile` (0 ≤ q ≤ 1) of the latencies counted in `sketch`: within
 * {@link LATENCY_RELATIVE_ACCURACY} of the latency of rank `⌊q · (n − 1)⌋` (from 0) in
 * ascending order. `undefined` for an empty sketch.
 */
export function latencyQuantile(sketch: LatencySketch, quantile: number): number | undefined {
  const entries = Object.entries(sketch)
    .map(([key, count]) => [Number(key), count] as const)
    .filter(([, count]) => count > 0)
    .sort(([first], [second]) => first - second);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return undefined;
  const rank = Math.floor(quantile * (total - 1));
  let seen = 0;
  for (const [key, count] of entries) {
    seen += count;
    if (seen > rank) return latencyOfKey(key);
  }
  const last = entries.at(-1);
  return last && latencyOfKey(last[0]);
}

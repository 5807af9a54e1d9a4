/** How a piece of work learns when it must stop starting more. */
export interface RunDeadlineOptions {
  /**
   * The invocation's time left, as Lambda's `context.getRemainingTimeInMillis`; read once, at the
   * start (it only ever counts down). Absent off Lambda: only `maxDurationMs` bounds the run.
   */
  readonly remainingTimeMs?: () => number;
  /** Time kept back from the remaining time: what an item started last, and the ending, may take. */
  readonly marginMs: number;
  /** Start nothing after this long, whatever the remaining time. */
  readonly maxDurationMs?: number;
}

/**
 * The moment a run stops starting work so that the work already started, the report and the
 * metrics still fit before the invocation's deadline (past which Lambda kills the process).
 */
export class RunDeadline {
  private readonly stopAt: number;

  constructor(options: RunDeadlineOptions) {
    const now = performance.now();
    const byInvocation = options.remainingTimeMs
      ? options.remainingTimeMs() - options.marginMs
      : Number.POSITIVE_INFINITY;
    this.stopAt = now + Math.min(byInvocation, options.maxDurationMs ?? Number.POSITIVE_INFINITY);
  }

  /** Whether there is still time to start one more item. */
  allowsStart(): boolean {
    return performance.now() < this.stopAt;
  }
}

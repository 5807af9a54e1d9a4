/** Per-call settings; each overrides the client's own for this call only. */
export interface CallOptions {
  /** aborts the call, including any wait between attempts */
  readonly signal?: AbortSignal | undefined;
  /** limit of one attempt, in milliseconds */
  readonly timeoutMs?: number | undefined;
  /** retries after the first attempt */
  readonly maxRetries?: number | undefined;
}

/** Which logical call an attempt or an error belongs to. */
export interface CallIdentity {
  /** the client's id of the logical call, shared by its retries and quoted in log events */
  readonly callId: string;
  /** the operation of the spec being called, e.g. `getCorporateCard` */
  readonly operationId: string;
}

/** One logical call, as the transport sees it. */
export interface TransportCall extends CallIdentity {
  /** retries after the first attempt */
  readonly maxRetries: number;
  /** limit of one attempt, body included, in milliseconds */
  readonly timeoutMs: number;
  /** aborts the call, including any wait between attempts */
  readonly signal?: AbortSignal | undefined;
  /** added to the retry count in log events, for calls that retry above the transport */
  readonly retryOffset?: number | undefined;
  /** sends no `Authorization` (for operations the spec marks `security: []`) */
  readonly anonymous?: boolean | undefined;
}

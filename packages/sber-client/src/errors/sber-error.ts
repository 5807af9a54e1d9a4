/** What every error thrown by the client has: the id of the call it belongs to. */
export interface SberErrorContext {
  /**
   * the client's id of the logical call (shared by its retries), as in the log events; the
   * server's own id of a request is `requestId` on {@link SberApiError}
   */
  readonly callId?: string | undefined;
  /** the operation of the spec that was called, e.g. `getCorporateCard` */
  readonly operationId?: string | undefined;
}

/** Base class of everything the client throws; `instanceof SberError` catches them all. */
export class SberError extends Error {
  override readonly name: string = 'SberError';
  readonly callId: string | undefined;
  readonly operationId: string | undefined;

  constructor(message: string, context: SberErrorContext = {}, options?: ErrorOptions) {
    super(message, options);
    this.callId = context.callId;
    this.operationId = context.operationId;
  }
}

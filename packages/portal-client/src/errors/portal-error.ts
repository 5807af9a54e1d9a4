/** Which call an error belongs to, and what caused it. */
export interface PortalErrorOptions extends ErrorOptions {
  /** the client's id of the logical call, shared by its retries: `callId` in log events */
  readonly callId?: string | undefined;
  /** the operation of the spec that was called, e.g. `getOrganization` */
  readonly operationId?: string | undefined;
}

/** Base class of everything the client throws; `instanceof PortalError` catches them all. */
export class PortalError extends Error {
  override readonly name: string = 'PortalError';
  readonly callId: string | undefined;
  readonly operationId: string | undefined;

  constructor(message: string, { callId, operationId, ...options }: PortalErrorOptions = {}) {
    super(message, options);
    this.callId = callId;
    this.operationId = operationId;
  }
}

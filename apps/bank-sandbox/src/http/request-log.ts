/** One request that reached the sandbox. */
export interface RequestLogEntry {
  /** 1, 2, 3… in arrival order */
  seq: number;
  /** sandbox clock at arrival */
  at: number;
  method: string;
  /** the path with its query string */
  path: string;
  /** `undefined` for a path the bank does not serve */
  operationId: string | undefined;
  /** the status sent; `undefined` when the connection was dropped */
  status: number | undefined;
  /** whether the operation itself ran (false when a fault replaced it) */
  handled: boolean;
  /** the injected fault, if any */
  fault?: 'error' | 'drop';
  /** the organisation of the access token, once authenticated */
  organizationId?: string;
  durationMs: number;
}

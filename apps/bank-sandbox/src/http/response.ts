/** What a handler answers; the server writes it (or a fault replaces it). */
export interface SandboxResponse {
  status: number;
  /** serialized as JSON unless `text` is set */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A JSON response. */
export function json(
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): SandboxResponse {
  return headers === undefined ? { status, body } : { status, body, headers };
}

/** One signed POST of a delivery. */
export interface WebhookRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Sends a delivery over HTTP (a port: the domain holds no HTTP code). Resolves the
 * receiver's status; rejects when there was no answer (refused, timed out).
 */
export interface WebhookTransport {
  post(request: WebhookRequest): Promise<{ readonly status: number }>;
}

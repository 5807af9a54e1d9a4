import type { ResolvedAddress } from './host-resolver.js';

/** One signed POST of a delivery. */
export interface WebhookRequest {
  readonly url: string;
  /**
   * The address the delivery's check approved for the URL's host: connect here and never
   * resolve the name again (TLS still verifies the certificate against the name).
   */
  readonly address: ResolvedAddress;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Why a delivery got no answer, in words fit for the delivery log members read. */
export type WebhookTransportFailureReason = 'timeout' | 'tls_error' | 'connection_failed';

/**
 * A delivery that got no answer, by a public reason only: the socket's or resolver's own message
 * (addresses, ports, internal names) never reaches the log.
 */
export class WebhookTransportFailure extends Error {
  constructor(readonly reason: WebhookTransportFailureReason) {
    super(reason);
    this.name = 'WebhookTransportFailure';
  }
}

/**
 * Sends a delivery over HTTP (a port: the domain holds no HTTP code). Resolves the
 * receiver's status; rejects when there was no answer, with a {@link WebhookTransportFailure}.
 */
export interface WebhookTransport {
  post(request: WebhookRequest): Promise<{ readonly status: number }>;
}

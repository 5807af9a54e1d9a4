import { type Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** One request sent through a Node `Agent`. */
export interface AgentRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
  /** ends the exchange, the answer's body included, with the signal's reason */
  readonly signal?: AbortSignal;
  /** fails the request when a new connection (TCP, and TLS for `https:`) takes longer */
  readonly connectTimeoutMs?: number;
}

/** The answer, its body read in full. */
export interface AgentAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: IncomingHttpHeaders;
  /** names and values as they came, for a `Headers` that keeps repeated fields */
  readonly rawHeaders: readonly string[];
  readonly body: Buffer;
}

/** A new connection that took longer than its connect timeout. */
export class ConnectTimeoutError extends Error {
  readonly code = 'UND_ERR_CONNECT_TIMEOUT';
  constructor(timeoutMs: number) {
    super(`no connection within ${timeoutMs} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

/**
 * Sends `call` to `url` through `agent` (`node:http` or `node:https` by the URL's scheme) and
 * resolves once the whole answer has arrived. Node's own client: a bundle carries none of it, and
 * an `https.Agent` made with a client certificate is mutual TLS. No timer is left once it settles.
 */
export function agentRequest(agent: Agent, url: URL, call: AgentRequest): Promise<AgentAnswer> {
  const secure = url.protocol === 'https:';
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let connectTimer: NodeJS.Timeout | undefined;
    const clearConnectTimer = () => clearTimeout(connectTimer);
    const outgoing = send(
      url,
      {
        agent,
        method: call.method,
        headers: call.headers,
        ...(call.signal && { signal: call.signal }),
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('close', () => {
          if (!incoming.complete) {
            reject(call.signal?.aborted ? call.signal.reason : new Error('answer cut off'));
            return;
          }
          resolve({
            status: incoming.statusCode ?? 0,
            statusText: incoming.statusMessage ?? '',
            headers: incoming.headers,
            rawHeaders: incoming.rawHeaders,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    outgoing.on('error', (error) => {
      clearConnectTimer();
      reject(call.signal?.aborted ? call.signal.reason : error);
    });
    outgoing.on('close', clearConnectTimer);
    const { connectTimeoutMs } = call;
    if (connectTimeoutMs !== undefined) {
      outgoing.on('socket', (socket) => {
        // A pooled connection is already up; only a new one is timed.
        if (!socket.connecting) return;
        connectTimer = setTimeout(
          () => outgoing.destroy(new ConnectTimeoutError(connectTimeoutMs)),
          connectTimeoutMs,
        );
        socket.once(secure ? 'secureConnect' : 'connect', clearConnectTimer);
      });
    }
    outgoing.end(call.body);
  });
}

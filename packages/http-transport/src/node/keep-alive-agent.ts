import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent, type AgentOptions as HttpsAgentOptions } from 'node:https';

/**
 * How long a pooled connection may stay idle before the agent closes it. Node's agent shortens it
 * to a server's `Keep-Alive: timeout=N` hint less a second, but only when one is set at all:
 * without it, a connection the server closed meanwhile (Node's servers close idle ones after
 * 5 s) is handed to the next call, which then fails with ECONNRESET.
 */
export const IDLE_CONNECTION_MS = 4_000;

/** A keep-alive agent for `http:` or `https:` (with `tls`, e.g. a client certificate). */
export function keepAliveAgent(secure: boolean, tls: HttpsAgentOptions = {}): HttpAgent {
  const pooling = { keepAlive: true, timeout: IDLE_CONNECTION_MS };
  return secure ? new HttpsAgent({ ...tls, ...pooling }) : new HttpAgent(pooling);
}

import type { TlsOptions } from '../transport/tls-options.js';
import { agentRequest } from './agent-request.js';
import { keepAliveAgent } from './keep-alive-agent.js';
import { tlsConnectOptions } from './tls-connect-options.js';

/** A `fetch` presenting a client certificate, and the release of its connections. */
export interface MutualTlsFetch {
  readonly fetch: (url: string, init: RequestInit) => Promise<Response>;
  /** closes the kept-alive connections */
  readonly close: () => void;
}

/**
 * A `fetch` over `node:https` whose connections present the client certificate of `tls` (mutual
 * TLS), kept alive between calls. It fails as the platform's `fetch` does, so callers classify
 * both alike: the signal's reason when aborted, else a `TypeError` whose `cause` is the network
 * error (`ECONNREFUSED`, a certificate that does not verify).
 */
export function mutualTlsFetch(tls: TlsOptions): MutualTlsFetch {
  const agent = keepAliveAgent(true, tlsConnectOptions(tls));
  return {
    fetch: async (url, init) => {
      const request = new Request(url, init);
      const body = request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
      const signal = init.signal ?? undefined;
      try {
        const answer = await agentRequest(agent, new URL(request.url), {
          method: request.method,
          headers: headersOf(request.headers),
          ...(body && { body }),
          ...(signal && { signal }),
        });
        const headers = new Headers();
        for (let index = 0; index + 1 < answer.rawHeaders.length; index += 2) {
          headers.append(
            answer.rawHeaders[index] as string,
            answer.rawHeaders[index + 1] as string,
          );
        }
        const noBody = [101, 204, 205, 304].includes(answer.status) || request.method === 'HEAD';
        // A socket's bytes sit in a plain ArrayBuffer, never a shared one, as DOM's BodyInit requires.
        return new Response(noBody ? null : (answer.body as Uint8Array<ArrayBuffer>), {
          status: answer.status,
          statusText: answer.statusText,
          headers,
        });
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw new TypeError('fetch failed', { cause: error });
      }
    },
    close: () => agent.destroy(),
  };
}

/** A request's headers as a plain record, as `node:http` takes them. */
function headersOf(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

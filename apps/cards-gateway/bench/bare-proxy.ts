import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running pass-through proxy. */
export interface BareProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The floor any gateway on this machine is measured against: plain `node:http` forwarding every
 * request to `target` with a keep-alive agent, the caller's Authorization replaced by `bankToken`
 * (as the gateway does), the answer piped back. No checks, no counting.
 */
export async function startBareProxy(target: string, bankToken: string): Promise<BareProxy> {
  const upstream = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const server: Server = createServer((incoming, outgoing) => {
    const forwarded = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        agent,
        headers: { ...incoming.headers, host: upstream.host, authorization: `Bearer ${bankToken}` },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => {
      outgoing.writeHead(502).end();
    });
    incoming.pipe(forwarded);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

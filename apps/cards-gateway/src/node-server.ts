import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { CardsGateway } from './cards-gateway.js';

/** The gateway listening on Node. */
export interface CardsGatewayServer {
  /** The origin, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** Stops accepting calls; then call the gateway's own `close()`. */
  close(): Promise<void>;
}

/**
 * Serves the gateway on Node (the local stack, and tests on a loopback port with `port: 0`).
 *
 * @example
 * const server = await startCardsGatewayServer(gateway, { port: 8080 });
 */
export async function startCardsGatewayServer(
  gateway: CardsGateway,
  options: { readonly port?: number; readonly hostname?: string } = {},
): Promise<CardsGatewayServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: gateway.app.fetch, port: options.port ?? 8080, hostname }, () =>
      resolve(started),
    );
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

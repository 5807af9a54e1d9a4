import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import type { PortalEnv } from './http/portal-env.js';
import { withSecurityHeaders } from './http/security-headers.js';

/** The portal API listening on Node. */
export interface PortalApiServer {
  /** The origin, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the app on Node (tests on a loopback port with `port: 0`), over plain http, every answer
 * with the portal's security headers.
 *
 * @example
 * const server = await startPortalApiServer(createPortalApi(deps), { port: 3000 });
 */
export async function startPortalApiServer(
  app: Hono<PortalEnv>,
  options: { readonly port?: number; readonly hostname?: string } = {},
): Promise<PortalApiServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const fetch = withSecurityHeaders(app.fetch, { https: false });
    const started = serve({ fetch, port: options.port ?? 3000, hostname }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}

import type { AddressInfo } from 'node:net';
import { withSecurityHeaders } from '@devportal/portal-api';
import { type HttpBindings, serve } from '@hono/node-server';

/** A fetch handler as Hono apps and `@hono/node-server` know it. */
export type FetchHandler = (request: Request, env: HttpBindings) => Response | Promise<Response>;

/** A path prefix and the app that answers under it. */
export interface Mount {
  /** e.g. `/idp`; the app sees the full path, prefix included. */
  readonly prefix: string;
  readonly fetch: FetchHandler;
}

/** The one local HTTP server in front of the stack's apps. */
export interface FrontDoor {
  /** The origin, e.g. `http://localhost:3000`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves several apps behind one origin: a request goes to the first mount whose prefix
 * starts its path, else to `fallback` (the website). Every answer, whichever app gave it, carries
 * the portal's security headers, as CloudFront adds them in AWS; plain http, so no HSTS.
 */
export async function startFrontDoor(options: {
  readonly mounts: readonly Mount[];
  readonly fallback: FetchHandler;
  readonly port: number;
  readonly hostname: string;
  /** Other origins the site's pages call (its CSP's `connect-src`), e.g. a Cognito emulator. */
  readonly connectSources: readonly string[];
}): Promise<FrontDoor> {
  const dispatch = withSecurityHeaders<[HttpBindings]>(
    (request, env) => {
      const { pathname } = new URL(request.url);
      const mount = options.mounts.find(
        ({ prefix }) => pathname === prefix || pathname.startsWith(`${prefix}/`),
      );
      return (mount?.fetch ?? options.fallback)(request, env);
    },
    { https: false, connectSources: options.connectSources },
  );
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve(
      {
        fetch: (request, env) => dispatch(request, env as HttpBindings),
        port: options.port,
        hostname: options.hostname,
      },
      () => resolve(started),
    );
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.hostname === '127.0.0.1' ? 'localhost' : options.hostname;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import { readFileSync } from 'node:fs';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { parse } from 'yaml';

/** A route of the portal API that people reach without a JWT. */
export interface PublicRoute {
  readonly method: HttpMethod;
  /** The spec's path template; HTTP API routes spell parameters the same way (`{name}`). */
  readonly path: string;
}

const METHODS: Readonly<Record<string, HttpMethod>> = {
  get: HttpMethod.GET,
  put: HttpMethod.PUT,
  post: HttpMethod.POST,
  delete: HttpMethod.DELETE,
  patch: HttpMethod.PATCH,
};

type Operation = { readonly security?: unknown };
type PortalSpec = {
  readonly security?: unknown;
  readonly paths?: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
};

/**
 * The operations of the portal's spec whose security requirement is empty (such as the bank's
 * redirect, which the browser follows without our JWT): the spec decides which routes skip the
 * authorizer, not a second list here.
 */
export function publicPortalRoutes(specFile: string): PublicRoute[] {
  const spec = parse(readFileSync(specFile, 'utf8')) as PortalSpec;
  const isPublic = (security: unknown) => Array.isArray(security) && security.length === 0;
  const routes: PublicRoute[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [name, operation] of Object.entries(item)) {
      const method = METHODS[name];
      if (method === undefined) continue;
      const security = operation.security ?? spec.security;
      if (isPublic(security) || security === undefined) routes.push({ method, path });
    }
  }
  return routes;
}

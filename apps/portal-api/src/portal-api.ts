import { isDomainError } from '@devportal/portal-domain';
import { type Context, Hono } from 'hono';
import { portalContract } from './contract/portal-contract.js';
import { honoPath, portalOperations } from './contract/portal-operations.js';
import { jsonLinesLogger } from './http/access-log.js';
import { trustedProxySet } from './http/client-address.js';
import { domainProblem } from './http/domain-problem.js';
import { operationEndpoint } from './http/operation-endpoint.js';
import type { PortalEnv } from './http/portal-env.js';
import { httpProblem, ProblemError, type ProblemFacts, problemDocument } from './http/problem.js';
import { DEFAULT_MAX_BODY_BYTES } from './http/request-body.js';
import { requestIdOf } from './http/request-facts.js';
import type { PortalApiDependencies } from './portal-api-dependencies.js';
import { createPortalServices } from './portal-services.js';
import { validatedHandler } from './routes/operation-call.js';
import { operationHandlers } from './routes/operation-handlers.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH'];

/**
 * The portal API as a Hono app: one route per operation of spec/portal.yaml, each behind the
 * pipeline of authentication, contract validation and the role matrix. Serve it with
 * `hono/aws-lambda` (see `lambda.ts`) or `@hono/node-server` (see `startPortalApiServer`).
 *
 * @example
 * const app = createPortalApi({ dynamoDb, tableName, clock: systemClock, crypto: nodeCrypto,
 *   hasher: ClientSecretHasher.keyedBy(pepper), authenticator, bankOAuth, keyEncryption, limitChangeSync });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export function createPortalApi(deps: PortalApiDependencies): Hono<PortalEnv> {
  const logger = deps.logger ?? jsonLinesLogger;
  const services = createPortalServices(deps);
  const handlers = operationHandlers(services);
  const context = {
    contract: portalContract,
    services,
    authenticator: deps.authenticator,
    maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    trustedProxies: trustedProxySet(deps.trustedProxies),
  };
  const app = new Hono<PortalEnv>();

  app.use(async (c, next) => {
    const startedAt = performance.now();
    c.set('requestId', requestIdOf(c, deps.crypto.newId));
    await next();
    c.res.headers.set('x-request-id', c.get('requestId'));
    logger({
      level: 'info',
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.get('operation')?.pathTemplate ?? 'unmatched',
      operationId: c.get('operation')?.operationId,
      status: c.res.status,
      durationMs: Math.round(performance.now() - startedAt),
      userId: c.get('userId'),
    });
  });

  for (const operation of portalOperations(portalContract)) {
    app.on(
      operation.method,
      honoPath(operation.pathTemplate),
      operationEndpoint(operation, validatedHandler(handlers, operation.operationId), context),
    );
  }

  app.notFound((c) => {
    const allowed = METHODS.filter((method) => portalContract.operation(method, c.req.path));
    if (allowed.length === 0) return problem(c, httpProblem('route_not_found'));
    return problem(
      c,
      httpProblem('method_not_allowed', { headers: { allow: allowed.join(', ') } }),
    );
  });

  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      // A fault of ours or of a service behind us is worth a line; a refusal of the caller is not.
      if (error.facts.status >= 500 && error.cause instanceof Error) logFault(c, error.cause);
      return problem(c, error.facts);
    }
    if (isDomainError(error)) return problem(c, domainProblem(error));
    logFault(c, error);
    return problem(c, httpProblem('internal_error'));
  });

  function logFault(c: Context<PortalEnv>, fault: Error): void {
    logger({
      level: 'error',
      requestId: c.get('requestId'),
      route: c.get('operation')?.pathTemplate ?? 'unmatched',
      error: fault.name,
      message: fault.message,
      stack: fault.stack,
    });
  }

  return app;
}

function problem(c: Context<PortalEnv>, facts: ProblemFacts): Response {
  const document = problemDocument(facts, c.req.path, c.get('requestId'));
  return c.body(JSON.stringify(document), facts.status as 400, {
    'content-type': 'application/problem+json',
    ...facts.headers,
  });
}

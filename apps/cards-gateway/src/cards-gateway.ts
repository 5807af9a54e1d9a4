import {
  CatalogService,
  ClientCredentialsVerifier,
  LimitChangeService,
  PlanAdmissions,
} from '@devportal/portal-domain';
import { type Context, Hono } from 'hono';
import { GatewayTokens } from './auth/gateway-tokens.js';
import { LiveCredentials } from './auth/live-credentials.js';
import { type BankCallContext, handleBankCall } from './bank/bank-call.js';
import { BANK_OPERATIONS, DEFAULT_BASE_PATH } from './bank/bank-operations.js';
import { bankNotice } from './bank/bank-refusal.js';
import { LimitChangeCreations } from './bank/limit-change-creations.js';
import { ProductDirectory } from './bank/product-directory.js';
import type {
  CardsGatewayDependencies,
  GatewayFaultReporter,
} from './cards-gateway-dependencies.js';
import { routesOf } from './contours/bank-contours.js';
import { FailedAttemptThrottle } from './oauth/failed-attempt-throttle.js';
import { RefusalHold } from './oauth/refusal-hold.js';
import { issueToken } from './oauth/token-endpoint.js';
import type { QuotaWarningListener } from './plans/quota-warning.js';
import {
  SANDBOX_USERS_PATH,
  serveSandboxUsers,
  serveTestSigningCredentials,
  TEST_SIGNING_CREDENTIALS_PATH,
} from './sandbox/test-signing-credentials.js';

/**
 * A composed gateway: its HTTP app, and its bank connections to close. Every call's plan state
 * and analytics are in the table when its answer leaves: nothing is owed at shutdown, so a
 * Lambda environment may be frozen or reclaimed at any point between calls.
 */
export interface CardsGateway {
  /** The Hono app: `app.fetch` on Node (see `startCardsGatewayServer`) or on Lambda. */
  readonly app: Hono;
  /** Closes the bank connection pools (a Node process stopping; Lambda never needs it). */
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Composes the cards gateway: `POST /oauth/token` (client credentials → a 15-minute gateway
 * token), the bank's operations under `basePath`, with the bank's contract unchanged, and the
 * sandbox contour's test signing credentials.
 *
 * @example
 * const gateway = createCardsGateway(await dependenciesFromEnvironment(process.env));
 * const server = await startCardsGatewayServer(gateway, { port: 8080 });
 * // on shutdown: await server.close(); await gateway.close();
 */
export function createCardsGateway(deps: CardsGatewayDependencies): CardsGateway {
  const onFault = deps.onFault ?? reportOnStderr;
  const now = () => deps.clock.now().getTime();
  const { repositories, clock, crypto } = deps;
  const catalog = new CatalogService(repositories.catalog);
  const tokens = new GatewayTokens(deps.signingKeys, now);
  const contours = routesOf(deps.contours, {
    now,
    onBreakerOpened: (apiBaseUrl) =>
      onFault(`bank contour ${apiBaseUrl}`, new Error('circuit breaker opened')),
    ...deps.bankLimits,
  });
  const basePath = deps.basePath ?? DEFAULT_BASE_PATH;
  const context: BankCallContext = {
    tokens,
    credentials: new LiveCredentials(repositories.applications, now),
    directory: new ProductDirectory(catalog, now, onFault),
    admissions: new PlanAdmissions({ meter: repositories.meters, clock }),
    onQuotaWarning: deps.onQuotaWarning ?? logQuotaWarning,
    contours,
    creations: new LimitChangeCreations(
      new LimitChangeService({ ...repositories, clock, crypto }),
      repositories.limitChanges,
      onFault,
    ),
    usage: repositories.usage,
    callLog: repositories.callLog,
    clock,
    basePath,
    maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    onFault,
  };
  const tokenEndpoint = {
    verifier: new ClientCredentialsVerifier({ ...repositories, hasher: deps.hasher, clock }),
    catalog,
    tokens,
    throttle: new FailedAttemptThrottle(repositories.credentialAttempts, now, deps.failedAttempts),
    refusalHold: new RefusalHold(deps.tokenRefusalHoldMs ?? 0),
  };

  const app = new Hono();
  app.post('/oauth/token', (c) => issueToken(c.req.raw, sourceIpOf(c), tokenEndpoint));
  app.get(TEST_SIGNING_CREDENTIALS_PATH, (c) => serveTestSigningCredentials(c.req.raw, context));
  app.get(SANDBOX_USERS_PATH, (c) => serveSandboxUsers(c.req.raw, context));
  for (const { method, path, operationId } of BANK_OPERATIONS) {
    // Hono serves HEAD with the GET route; the bank declares no HEAD, so it is no operation.
    app.on(method, `${basePath}${path}`, (c) =>
      c.req.method === method
        ? handleBankCall(
            { request: c.req.raw, operationId, params: c.req.param(), sourceIp: sourceIpOf(c) },
            context,
          )
        : noSuchOperation(),
    );
  }
  app.all(`${basePath}/*`, noSuchOperation);
  app.onError((error) => {
    onFault('unhandled', error);
    return bankNotice(500, 'UNKNOWN_EXCEPTION', 'Внутренняя ошибка шлюза');
  });

  return {
    app,
    close: async () => {
      await Promise.all(Object.values(contours).map((contour) => contour?.upstream.close()));
    },
  };
}

function noSuchOperation(): Response {
  return bankNotice(404, 'NOT_FOUND', 'Такой операции нет в API бизнес-карт');
}

/** The caller's address: the socket's on Node, API Gateway's on Lambda. */
function sourceIpOf(c: Context): string {
  const env = c.env as
    | {
        incoming?: { socket?: { remoteAddress?: string } };
        requestContext?: { http?: { sourceIp?: string } };
      }
    | undefined;
  return env?.incoming?.socket?.remoteAddress ?? env?.requestContext?.http?.sourceIp ?? 'unknown';
}

const reportOnStderr: GatewayFaultReporter = (what, error) => {
  // The error's name and message only: a stack or a cause could carry a request's details.
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${JSON.stringify({ level: 'error', what, error: detail })}\n`);
};

const logQuotaWarning: QuotaWarningListener = (warning) => {
  process.stdout.write(
    `${JSON.stringify({ level: 'warn', event: 'quota_warning', ...warning })}\n`,
  );
};

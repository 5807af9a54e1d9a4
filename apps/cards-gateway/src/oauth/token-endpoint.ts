import { BODY_TOO_LARGE, readBodyAtMost } from '@devportal/http-transport';
import {
  type CatalogService,
  type ClientCredentialsVerifier,
  NotFoundError,
  type Subscription,
} from '@devportal/portal-domain';
import type { PlanClaim } from '../auth/gateway-claims.js';
import type { GatewayTokens } from '../auth/gateway-tokens.js';
import { readClientCredentials } from './client-credentials-request.js';
import type { FailedAttemptThrottle } from './failed-attempt-throttle.js';
import { oauthError } from './oauth-error.js';
import type { RefusalHold } from './refusal-hold.js';

/** What the token endpoint runs on. */
export interface TokenEndpointDependencies {
  readonly verifier: ClientCredentialsVerifier;
  readonly catalog: CatalogService;
  readonly tokens: GatewayTokens;
  readonly throttle: FailedAttemptThrottle;
  /** Holds the answer to an address the throttle refused (only on a long-lived server). */
  readonly refusalHold: RefusalHold;
}

/** A token request is a short form: anything longer is not one. */
export const MAX_TOKEN_REQUEST_BYTES = 8 * 1024;

/**
 * `POST /oauth/token`: the client credentials grant. The body is read up to 8 KiB and no further
 * (413 past it, while it streams). An address that failed too often (counted in the table, across
 * gateways) is told to slow down before anything is looked up; the credentials are then checked
 * (a keyed hash: microseconds), a wrong pair counted against its Client ID and its address, a
 * good pair answered with a gateway token carrying the application, its organisation and its
 * callable plans, however many wrong guesses strangers made.
 *
 * `sourceAddress` is the caller's as the platform saw it (the socket's peer, API Gateway's
 * `sourceIp`), never a header the caller wrote.
 */
export async function issueToken(
  request: Request,
  sourceAddress: string,
  deps: TokenEndpointDependencies,
): Promise<Response> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/x-www-form-urlencoded')) {
    return oauthError('invalid_request', 'Send an application/x-www-form-urlencoded token request');
  }
  const body = await readBodyAtMost(request, MAX_TOKEN_REQUEST_BYTES);
  if (body === BODY_TOO_LARGE) {
    return oauthError(
      'invalid_request',
      `Send a token request of at most ${MAX_TOKEN_REQUEST_BYTES} bytes`,
      {},
      413,
    );
  }
  const credentials = readClientCredentials(
    request.headers.get('authorization') ?? undefined,
    new URLSearchParams(new TextDecoder().decode(body)),
  );
  if (credentials.ambiguous) {
    return oauthError('invalid_request', 'Send the client credentials one way: Basic or the form');
  }
  if (credentials.grantType !== 'client_credentials') {
    return oauthError('unsupported_grant_type', 'Only grant_type=client_credentials is supported');
  }
  const { clientId, clientSecret } = credentials;
  const challenge = credentials.viaBasic
    ? { 'www-authenticate': 'Basic realm="cards-gateway"' }
    : undefined;
  if (!clientId || !clientSecret) {
    return oauthError('invalid_client', 'Client authentication failed', challenge);
  }
  const attempt = await deps.throttle.admit(sourceAddress);
  if ('waitSeconds' in attempt) {
    return deps.refusalHold.hold(
      slowDown('Too many failed attempts from this address; retry later', attempt.waitSeconds),
      attempt.waitSeconds,
    );
  }
  const verified = await deps.verifier.verify(clientId, clientSecret);
  if (!verified.ok) {
    const waitSeconds = await deps.throttle.failed(attempt.held, clientId);
    if (waitSeconds !== undefined) {
      return slowDown('Too many failed attempts for this client; retry later', waitSeconds);
    }
    return oauthError('invalid_client', 'Client authentication failed', challenge);
  }
  const [{ token, expiresInSeconds }] = await Promise.all([
    planClaims(verified.subscriptions, deps.catalog).then((plans) =>
      deps.tokens.issue({
        applicationId: verified.application.id,
        organisationId: verified.organisationId,
        clientId,
        secretId: verified.secretId,
        plans,
      }),
    ),
    deps.throttle.succeeded(attempt.held),
  ]);
  return new Response(
    JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresInSeconds }),
    {
      status: 200,
      headers: {
        'content-type': 'application/json',
        'cache-control': 'no-store',
        pragma: 'no-cache',
      },
    },
  );
}

function slowDown(description: string, waitSeconds: number): Response {
  return oauthError('slow_down', description, { 'retry-after': String(waitSeconds) });
}

/** The plans of the subscriptions, with their limits read from the catalog; a plan gone from it is left out. */
async function planClaims(
  subscriptions: readonly Subscription[],
  catalog: CatalogService,
): Promise<PlanClaim[]> {
  const claims = await Promise.all(
    subscriptions.map(async (subscription): Promise<PlanClaim | undefined> => {
      const found = await catalog
        .getPlan(subscription.productId, subscription.planId)
        .catch((error: unknown) => {
          if (error instanceof NotFoundError) return undefined;
          throw error;
        });
      if (!found) return undefined;
      const { plan } = found;
      return {
        productId: subscription.productId,
        planId: plan.id,
        contour: plan.contour,
        ratePerSecond: plan.ratePerSecond,
        ...(plan.quotaPerDay !== undefined && { quotaPerDay: plan.quotaPerDay }),
        ...(plan.quotaPerMonth !== undefined && { quotaPerMonth: plan.quotaPerMonth }),
      };
    }),
  );
  return claims.filter((claim) => claim !== undefined);
}

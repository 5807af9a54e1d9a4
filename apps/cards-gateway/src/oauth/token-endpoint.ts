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

/** What the token endpoint runs on. */
export interface TokenEndpointDependencies {
  readonly verifier: ClientCredentialsVerifier;
  readonly catalog: CatalogService;
  readonly tokens: GatewayTokens;
  readonly throttle: FailedAttemptThrottle;
}

/** A token request is a short form: anything longer is not one. */
const MAX_FORM_BYTES = 8 * 1024;

/**
 * `POST /oauth/token`: the client credentials grant. A Client ID that failed too often (counted
 * in the table, across gateways) is told to slow down before its secret is even hashed; a good
 * pair gets a gateway token carrying the application, its organisation and its callable plans.
 */
export async function issueToken(
  request: Request,
  deps: TokenEndpointDependencies,
): Promise<Response> {
  const text = await request.text();
  const contentType = request.headers.get('content-type') ?? '';
  if (
    text.length > MAX_FORM_BYTES ||
    !contentType.startsWith('application/x-www-form-urlencoded')
  ) {
    return oauthError('invalid_request', 'Send an application/x-www-form-urlencoded token request');
  }
  const credentials = readClientCredentials(
    request.headers.get('authorization') ?? undefined,
    new URLSearchParams(text),
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
  const attempt = await deps.throttle.hold(clientId);
  if ('waitSeconds' in attempt) {
    return oauthError('slow_down', 'Too many failed attempts for this client; retry later', {
      'retry-after': String(attempt.waitSeconds),
    });
  }
  const verified = await deps.verifier.verify(clientId, clientSecret);
  if (!verified.ok) {
    await deps.throttle.settle(attempt.held, false);
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
    deps.throttle.settle(attempt.held, true),
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

import {
  clientCertificateFromEnvironment,
  ENVIRONMENT,
  type Environment,
  EnvironmentSecrets,
  optionalVariable,
  requiredVariable,
  SANDBOX_OAUTH_CLIENT_SECRET,
  SBER_OAUTH_CLIENT_SECRET,
} from '@devportal/runtime';
import { sberOAuthEndpoints, sberOAuthEndpointsAt } from '@devportal/sber-client';
import { type BankTimeouts, DEFAULT_BANK_TIMEOUTS } from './bank-timeouts.js';
import type { BankContourAccess } from './contour-access.js';
import {
  type ProductionContourSettings,
  type ProductionTokenStorage,
  productionAccess,
} from './production/production-access.js';
import { type SandboxContourSettings, sandboxDemoAccess } from './sandbox/sandbox-demo-access.js';

/** The SberBusiness ID services the demo organisation's token is asked for. */
export const SANDBOX_DEMO_SCOPES = [
  'openid',
  'BUSINESS_CARD_LIMIT',
  'CORPORATE_CARDS',
  'GET_CRYPTO_INFO',
] as const;

/**
 * The contours described by environment variables (the README of `@devportal/bank-access` lists
 * them): the sandbox always, production when the bank's API URL is set. The cards gateway and the
 * status sync read the same variables, so both reach a document through one contour. Secrets come
 * by value or by Secrets Manager ARN (`secrets`; pass the deployable's one instance so each secret
 * is read once per TTL). `timeouts` bound each exchange with SberBusiness ID (token refreshes, the
 * sandbox's sign-in) by the total timeout.
 *
 * @example
 * const contours = await bankContoursFromEnvironment(process.env, { bankConnections, vault, clock, crypto });
 */
export async function bankContoursFromEnvironment(
  env: Environment,
  storage: ProductionTokenStorage,
  secrets: EnvironmentSecrets = new EnvironmentSecrets(env),
  timeouts: BankTimeouts = DEFAULT_BANK_TIMEOUTS,
): Promise<BankContourAccess> {
  const [sandbox, production] = await Promise.all([
    sandboxSettingsOf(env, secrets, timeouts),
    productionSettingsOf(env, secrets, timeouts),
  ]);
  return {
    sandbox: sandboxDemoAccess(sandbox, () => storage.clock.now().getTime()),
    ...(production && { production: productionAccess(production, storage) }),
  };
}

async function sandboxSettingsOf(
  env: Environment,
  secrets: EnvironmentSecrets,
  timeouts: BankTimeouts,
): Promise<SandboxContourSettings> {
  const apiBaseUrl = requiredVariable(env, ENVIRONMENT.sandboxApiUrl);
  const clientId = requiredVariable(env, ENVIRONMENT.sandboxOAuthClientId);
  const oauth = sberOAuthEndpointsAt(
    optionalVariable(env, ENVIRONMENT.sandboxOAuthOrigin) ?? new URL(apiBaseUrl).origin,
  );
  return {
    apiBaseUrl,
    demo: {
      ...oauth,
      clientId,
      clientSecret: await secrets.required(SANDBOX_OAUTH_CLIENT_SECRET),
      redirectUri:
        optionalVariable(env, ENVIRONMENT.sandboxOAuthRedirectUri) ??
        'http://127.0.0.1:3000/oauth/callback',
      login: optionalVariable(env, ENVIRONMENT.sandboxDemoLogin) ?? 'romashka.director',
      scopes: SANDBOX_DEMO_SCOPES,
      timeoutMs: timeouts.totalMs,
    },
  };
}

async function productionSettingsOf(
  env: Environment,
  secrets: EnvironmentSecrets,
  timeouts: BankTimeouts,
): Promise<ProductionContourSettings | undefined> {
  const apiBaseUrl = optionalVariable(env, ENVIRONMENT.sberApiUrl);
  if (apiBaseUrl === undefined) return undefined;
  const clientId = requiredVariable(env, ENVIRONMENT.sberOAuthClientId);
  const [tls, clientSecret] = await Promise.all([
    clientCertificateFromEnvironment(secrets),
    secrets.required(SBER_OAUTH_CLIENT_SECRET),
  ]);
  return {
    apiBaseUrl,
    ...(tls && { tls }),
    timeouts,
    oauth: {
      tokenUrl:
        optionalVariable(env, ENVIRONMENT.sberOAuthTokenUrl) ??
        sberOAuthEndpoints.production.tokenUrl,
      clientId,
      clientSecret,
    },
  };
}

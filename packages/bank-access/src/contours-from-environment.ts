import { readFileSync } from 'node:fs';
import { sberOAuthEndpoints, sberOAuthEndpointsAt } from '@devportal/sber-client';
import type { BankContourAccess } from './contour-access.js';
import { type Environment, requiredVariable } from './environment.js';
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
 * them): the sandbox always, production when `SBER_API_URL` is set. The cards gateway and the
 * status sync read the same variables, so both reach a document through one contour.
 *
 * @example
 * const contours = bankContoursFromEnvironment(process.env, { bankConnections, vault, clock, crypto });
 */
export function bankContoursFromEnvironment(
  env: Environment,
  storage: ProductionTokenStorage,
): BankContourAccess {
  const production = productionSettingsOf(env);
  return {
    sandbox: sandboxDemoAccess(sandboxSettingsOf(env), () => storage.clock.now().getTime()),
    ...(production && { production: productionAccess(production, storage) }),
  };
}

function sandboxSettingsOf(env: Environment): SandboxContourSettings {
  const apiBaseUrl = requiredVariable(env, 'SANDBOX_API_URL');
  const oauth = sberOAuthEndpointsAt(env.SANDBOX_OAUTH_ORIGIN ?? new URL(apiBaseUrl).origin);
  return {
    apiBaseUrl,
    demo: {
      ...oauth,
      clientId: requiredVariable(env, 'SANDBOX_OAUTH_CLIENT_ID'),
      clientSecret: requiredVariable(env, 'SANDBOX_OAUTH_CLIENT_SECRET'),
      redirectUri: env.SANDBOX_OAUTH_REDIRECT_URI ?? 'http://127.0.0.1:3000/oauth/callback',
      login: env.SANDBOX_DEMO_LOGIN ?? 'romashka.director',
      scopes: SANDBOX_DEMO_SCOPES,
    },
  };
}

function productionSettingsOf(env: Environment): ProductionContourSettings | undefined {
  const apiBaseUrl = env.SBER_API_URL;
  if (apiBaseUrl === undefined || apiBaseUrl === '') return undefined;
  const certFile = env.SBER_CLIENT_CERT_FILE;
  const caFile = env.SBER_CA_FILE;
  return {
    apiBaseUrl,
    ...(certFile && {
      tls: {
        cert: readFileSync(certFile),
        key: readFileSync(requiredVariable(env, 'SBER_CLIENT_KEY_FILE')),
        ...(caFile && { ca: readFileSync(caFile) }),
      },
    }),
    oauth: {
      tokenUrl: env.SBER_OAUTH_TOKEN_URL ?? sberOAuthEndpoints.production.tokenUrl,
      clientId: requiredVariable(env, 'SBER_OAUTH_CLIENT_ID'),
      clientSecret: requiredVariable(env, 'SBER_OAUTH_CLIENT_SECRET'),
    },
  };
}

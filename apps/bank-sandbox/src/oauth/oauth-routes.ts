import type { Contract } from '@devportal/openapi-contract';
import type { components } from '@devportal/sber-client/contract';
import { header, type RequestContext } from '../http/context.js';
import { json, type SandboxResponse } from '../http/response.js';
import type { Organization, User } from '../model.js';
import { type OAuthClient, redirectUriAllowed } from './clients.js';
import type { GrantOutcome, TokenStore } from './token-store.js';

function oauthError(
  status: number,
  error: components['schemas']['OAuthError']['error'],
  description: string,
): SandboxResponse {
  return json(status, { error, error_description: description }, { 'cache-control': 'no-store' });
}

function redirect(to: string, params: Record<string, string | undefined>): SandboxResponse {
  const url = new URL(to);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store' } };
}

export interface OAuthDependencies {
  contract: Contract;
  clients: readonly OAuthClient[];
  tokens: TokenStore;
  organizations: readonly Organization[];
}

function findLogin(
  organizations: readonly Organization[],
  login: string | undefined,
): { organization: Organization; user: User } | undefined {
  for (const organization of organizations) {
    for (const user of organization.users) {
      if (login === undefined || user.login === login) return { organization, user };
    }
  }
  return undefined;
}

/** What a `tenant` may look like: an id, such as the portal organisation's UUID. */
const TENANT = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * `GET /ic/sso/api/v2/oauth/authorize`: the sandbox consents at once on behalf of the user named
 * by `login_hint` (else the client's `defaultLogin`, else the first seeded user) and redirects
 * with `code` and `state`. An unknown client or redirect URI is answered with 400 and no redirect.
 * `tenant` (sandbox-only) binds the tokens to a tenant of the client (see `documentOwnerOf`).
 */
export function authorize(deps: OAuthDependencies, ctx: RequestContext): SandboxResponse {
  const q = ctx.url.searchParams;
  const client = deps.clients.find((c) => c.clientId === q.get('client_id'));
  if (!client) return oauthError(400, 'invalid_request', 'unknown client_id');
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!redirectUriAllowed(client, redirectUri)) {
    return oauthError(400, 'invalid_request', 'redirect_uri is not registered for this client');
  }
  const state = q.get('state') ?? undefined;
  const fail = (error: string, description: string) =>
    redirect(redirectUri, { error, error_description: description, state });

  const violations = deps.contract.validateRequest('authorize', { query: q });
  if (violations.length > 0) {
    const responseType = violations.find((v) => v.field === 'response_type');
    if (responseType && q.has('response_type')) {
      return fail('unsupported_response_type', 'response_type must be code');
    }
    return fail('invalid_request', violations.map((v) => `${v.field} ${v.message}`).join('; '));
  }
  const scopes = (q.get('scope') ?? '').split(' ').filter((s) => s !== '');
  const refused = scopes.filter((s) => !client.scopes.includes(s));
  if (refused.length > 0)
    return fail('invalid_scope', `scope not allowed for this client: ${refused.join(' ')}`);

  const login = q.get('login_hint') ?? client.defaultLogin;
  const who = findLogin(deps.organizations, login);
  if (!who) return fail('invalid_request', `unknown login_hint: ${login ?? ''}`);
  const tenant = q.get('tenant');
  if (tenant !== null && !TENANT.test(tenant)) {
    return fail('invalid_request', 'tenant must be 1 to 128 letters, digits, ".", "_", ":" or "-"');
  }
  const code = deps.tokens.createCode(
    {
      organizationId: who.organization.id,
      userId: who.user.id,
      scopes,
      ...(tenant !== null && { tenant: { clientId: client.clientId, id: tenant } }),
    },
    client.clientId,
    redirectUri,
    q.get('code_challenge') ?? undefined,
  );
  return redirect(redirectUri, { code, state });
}

/** Reads the form, with client credentials from HTTP Basic (`client_secret_basic`) when the form lacks them. */
function readTokenForm(ctx: RequestContext): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(ctx.rawBody.toString('utf8'))) form[key] = value;
  const authorization = header(ctx, 'authorization');
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      form.client_id ??= decodeURIComponent(decoded.slice(0, colon));
      form.client_secret ??= decodeURIComponent(decoded.slice(colon + 1));
    }
  }
  return form;
}

/** `POST /ic/sso/api/v2/oauth/token`: grants `authorization_code` and `refresh_token`. */
export function exchangeToken(deps: OAuthDependencies, ctx: RequestContext): SandboxResponse {
  const contentType = header(ctx, 'content-type');
  if (
    contentType !== undefined &&
    !contentType.toLowerCase().startsWith('application/x-www-form-urlencoded')
  ) {
    return oauthError(
      400,
      'invalid_request',
      'the token request must be application/x-www-form-urlencoded',
    );
  }
  const form = readTokenForm(ctx);
  const violations = deps.contract.validateRequest('exchangeToken', {
    body: form,
    contentType: 'application/x-www-form-urlencoded',
  });
  if (violations.some((v) => v.field === 'grant_type' && v.keyword === 'enum')) {
    return oauthError(
      400,
      'unsupported_grant_type',
      'grant_type must be authorization_code or refresh_token',
    );
  }
  if (violations.length > 0) {
    return oauthError(
      400,
      'invalid_request',
      violations.map((v) => `${v.field} ${v.message}`).join('; '),
    );
  }
  const client = deps.clients.find((c) => c.clientId === form.client_id);
  if (!client || client.clientSecret !== form.client_secret) {
    return oauthError(401, 'invalid_client', 'client authentication failed');
  }

  let outcome: GrantOutcome;
  if (form.grant_type === 'authorization_code') {
    if (!form.code) return oauthError(400, 'invalid_request', 'code is required');
    outcome = deps.tokens.redeemCode(
      form.code,
      client.clientId,
      form.redirect_uri,
      form.code_verifier,
    );
  } else {
    if (!form.refresh_token) return oauthError(400, 'invalid_request', 'refresh_token is required');
    outcome = deps.tokens.refresh(form.refresh_token, client.clientId);
  }
  if (!outcome.ok) return oauthError(400, 'invalid_grant', outcome.description);
  return json(200, outcome.tokens, { 'cache-control': 'no-store', pragma: 'no-cache' });
}

import type { RuntimeConfig } from '../config/runtime-config.js';
import type { OperationRequest } from './card-operations.js';
import { type Exchange, maskFormSecret, sendExchange } from './http-exchange.js';
import { SANDBOX_USER_HEADER } from './sandbox-users.js';

/** A gateway token (15 minutes), kept in the page's memory only. */
export interface GatewayToken {
  readonly accessToken: string;
  readonly expiresAt: number;
}

/** Why the gateway refused the credentials, as the console explains it. */
export type TokenRefusal = 'wrongSecret' | 'slowDown' | 'other';

/**
 * Client credentials → a gateway token, as an application would get one (RFC 6749 §4.4). The
 * credentials go in the form body (`client_secret_post`), not HTTP Basic: the gateway challenges
 * only requests that used Basic (§5.2), so a wrong secret never makes the browser open its own
 * login prompt over the page.
 */
export async function requestGatewayToken(
  gateway: RuntimeConfig['gateway'],
  clientId: string,
  clientSecret: string,
): Promise<{ exchange: Exchange; token?: GatewayToken; refusal?: TokenRefusal }> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
  });
  const { exchange, response, text } = await sendExchange(
    'POST',
    gateway.tokenUrl,
    { 'content-type': 'application/x-www-form-urlencoded' },
    form.toString(),
    maskFormSecret(form),
  );
  if (response && !response.ok) return { exchange, refusal: refusalOf(response.status, text) };
  if (!response?.ok || text === undefined) return { exchange };
  const body = JSON.parse(text) as { access_token: string; expires_in: number };
  // The token is the application's credential: the record shows that one came, not what it is.
  const shown: Exchange = exchange.response
    ? { ...exchange, response: { ...exchange.response, body: redactToken(exchange.response.body) } }
    : exchange;
  return {
    exchange: shown,
    token: { accessToken: body.access_token, expiresAt: Date.now() + body.expires_in * 1000 },
  };
}

/** Calls one bank operation through the gateway with the token, as the sandbox user if named. */
export async function callOperation(
  gateway: RuntimeConfig['gateway'],
  token: GatewayToken,
  operation: OperationRequest,
  sandboxUser?: string,
): Promise<Exchange> {
  const body = operation.body === undefined ? undefined : JSON.stringify(operation.body, null, 2);
  const { exchange } = await sendExchange(
    operation.method,
    `${gateway.apiBaseUrl}${operation.path}`,
    {
      authorization: `Bearer ${token.accessToken}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(sandboxUser === undefined ? {} : { [SANDBOX_USER_HEADER]: sandboxUser }),
    },
    body,
  );
  return exchange;
}

function refusalOf(status: number, text: string | undefined): TokenRefusal {
  let error: unknown;
  try {
    error = (JSON.parse(text ?? '') as { error?: unknown }).error;
  } catch {
    return 'other';
  }
  if (status === 401 && error === 'invalid_client') return 'wrongSecret';
  if (status === 429 && error === 'slow_down') return 'slowDown';
  return 'other';
}

function redactToken(body: string): string {
  return body.replace(/("access_token"\s*:\s*")[^"]+/, '$1••••••••');
}

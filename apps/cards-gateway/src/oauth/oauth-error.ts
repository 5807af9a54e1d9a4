/** The error codes the token endpoint answers with (RFC 6749 §5.2; `slow_down` from RFC 8628). */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'unsupported_grant_type'
  | 'slow_down';

const STATUS: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_client: 401,
  unsupported_grant_type: 400,
  slow_down: 429,
};

/**
 * An RFC 6749 error answer of the token endpoint; never cached, never naming a secret. `status`
 * overrides the code's usual one (413 for an `invalid_request` too large to read).
 */
export function oauthError(
  error: OAuthErrorCode,
  description: string,
  headers: Record<string, string> = {},
  status: number = STATUS[error],
): Response {
  return new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      pragma: 'no-cache',
      ...headers,
    },
  });
}

/** A token request's client credentials and grant, wherever the client put them. */
export interface ClientCredentialsRequest {
  readonly grantType: string | undefined;
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
  /** Whether they came by HTTP Basic (the answer to a refusal then carries `WWW-Authenticate`). */
  readonly viaBasic: boolean;
  /** Both HTTP Basic and the form carried credentials: RFC 6749 §2.3 allows one method. */
  readonly ambiguous: boolean;
}

/**
 * Reads the client credentials from `Authorization: Basic` (whose parts are form-encoded, RFC
 * 6749 §2.3.1) or from the form body.
 */
export function readClientCredentials(
  authorization: string | undefined,
  form: URLSearchParams,
): ClientCredentialsRequest {
  const basic = basicCredentials(authorization);
  const inForm = form.has('client_id') || form.has('client_secret');
  return {
    grantType: form.get('grant_type') ?? undefined,
    clientId: basic?.clientId ?? form.get('client_id') ?? undefined,
    clientSecret: basic?.clientSecret ?? form.get('client_secret') ?? undefined,
    viaBasic: basic !== undefined,
    ambiguous: basic !== undefined && inForm,
  };
}

function basicCredentials(
  authorization: string | undefined,
): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return {
      clientId: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
      clientSecret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
    };
  } catch {
    return undefined;
  }
}

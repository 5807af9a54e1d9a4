import { PortalConfigurationError } from '../errors/transport-errors.js';
import { base64Of, bytesOfBase64 } from './base64.js';

/** Prefix of signing secrets (Standard Webhooks), so one found in a log or a repository is recognisable. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/**
 * The HMAC-SHA256 key of a signing secret `whsec_<base64>`: its base64 part, decoded (the prefix
 * may be left out, as Standard Webhooks allows). Throws a {@link PortalConfigurationError}, which
 * never quotes the secret, when it is not one.
 */
export function webhookSigningKey(secret: string): Uint8Array<ArrayBuffer> {
  if (typeof secret !== 'string') {
    throw new PortalConfigurationError('a webhook secret is a string, whsec_ followed by base64');
  }
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX)
    ? secret.slice(WEBHOOK_SECRET_PREFIX.length)
    : secret;
  // Node's base64 decoder reads both alphabets; reading the URL-safe one too keeps a key
  // written either way the same key on both sides.
  const key = bytesOfBase64(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  if (key === undefined || key.length === 0) {
    throw new PortalConfigurationError('a webhook secret is whsec_ followed by base64');
  }
  return key;
}

/** The signing secret, `whsec_<base64>`, whose HMAC-SHA256 key is `key`. */
export function webhookSecretOf(key: Uint8Array): string {
  return `${WEBHOOK_SECRET_PREFIX}${base64Of(key)}`;
}

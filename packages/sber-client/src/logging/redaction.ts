import { accessTokenPattern } from '../generated/sber-business-cards.patterns.js';

/** What replaces a secret in logs and error messages. */
export const REDACTED = '[REDACTED]';

const sensitiveHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/** Anything shaped like a SberBusiness ID token, wherever it appears in a text. */
const tokenShape = new RegExp(accessTokenPattern.replace(/^\^|\$$/g, ''), 'g');

/** Request headers as a record, with credentials replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = sensitiveHeaders.has(name) ? REDACTED : value;
  });
  return result;
}

/**
 * A text with the given secrets and anything token-shaped replaced. The bank echoes a refused
 * token in its 401 message (`accessToken not found by value = …`), so its bodies need this.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text.replace(tokenShape, REDACTED);
  for (const secret of secrets) {
    if (secret) result = result.replaceAll(secret, REDACTED);
  }
  return result;
}

/** What replaces a secret in logs and error messages. */
export const REDACTED = '[REDACTED]';

const sensitiveHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
]);

/** Request headers as a record, with credentials replaced. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    result[name] = sensitiveHeaders.has(name.toLowerCase()) ? REDACTED : value;
  }
  return result;
}

/**
 * A text with the given secrets, and whatever matches one of `shapes` (global expressions),
 * replaced. Servers echo a refused token in their 401 messages, so error bodies need this before
 * anyone reads them.
 */
export function redactSecrets(
  text: string,
  secrets: readonly string[],
  shapes: readonly RegExp[] = [],
): string {
  let result = text;
  for (const shape of shapes) result = result.replaceAll(shape, REDACTED);
  for (const secret of secrets) {
    if (secret) result = result.replaceAll(secret, REDACTED);
  }
  return result;
}

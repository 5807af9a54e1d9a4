/** The one `node:crypto` function the portal client uses, from the browser's Web Crypto. */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

/** `bytes` as base64url without padding (RFC 4648 §5), in any runtime (no `Buffer`). */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** `byteCount` random bytes from the platform's CSPRNG, as base64url. */
export function randomBase64url(byteCount: number): string {
  return base64url(globalThis.crypto.getRandomValues(new Uint8Array(byteCount)));
}

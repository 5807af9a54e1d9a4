import { base64ToBytes, bytesToBase64 } from './bytes.js';

const LINE_LENGTH = 64;

/**
 * Wraps DER bytes in a PEM block (RFC 7468).
 *
 * @example
 * ```ts
 * toPem('CERTIFICATE', der); // '-----BEGIN CERTIFICATE-----\nMII…\n-----END CERTIFICATE-----\n'
 * ```
 */
export function toPem(label: string, der: Uint8Array): string {
  const base64 = bytesToBase64(der);
  const lines = base64.match(new RegExp(`.{1,${LINE_LENGTH}}`, 'g')) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/**
 * The DER bytes of the first PEM block labelled `label` in `text`.
 *
 * @throws {Error} when `text` holds no such block
 */
export function fromPem(label: string, text: string): Uint8Array {
  const block = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(text);
  if (!block?.[1]) {
    throw new Error(`expected a PEM block "-----BEGIN ${label}-----"`);
  }
  return base64ToBytes(block[1].replace(/\s+/g, ''));
}

import { PrivateKey, PrivateKeyInfo } from '@peculiar/asn1-pkcs8';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  assertGostKeyAlgorithm,
  gostKeyAlgorithm,
  octetStringContent,
  octetStringDer,
} from './gost-key-encoding.js';
import { assertGostPrivateKey } from './gost-primitives.js';
import { fromPem, toPem } from './pem.js';

const PEM_LABEL = 'PRIVATE KEY';
const PRIVATE_KEY_BYTES = 32;

/**
 * A GOST private key as unencrypted PKCS#8 PEM (RFC 9215 layout: the key is an
 * OCTET STRING of its 32 little-endian bytes). Meant for tests and the sandbox;
 * real signing keys live in a signing device behind a {@link Signer}.
 */
export function privateKeyToPem(privateKey: Uint8Array): string {
  const info = new PrivateKeyInfo({
    privateKeyAlgorithm: gostKeyAlgorithm(),
    privateKey: new PrivateKey(octetStringDer(privateKey)),
  });
  return toPem(PEM_LABEL, new Uint8Array(AsnConvert.serialize(info)));
}

/**
 * The 32 key bytes of a PKCS#8 PEM written by {@link privateKeyToPem}.
 *
 * @throws {Error} when the PEM holds another kind of key, or a key no signature can be made
 *   with (0 mod q); the message never contains key material
 */
export function privateKeyFromPem(pem: string): Uint8Array {
  const info = AsnConvert.parse(fromPem(PEM_LABEL, pem), PrivateKeyInfo);
  assertGostKeyAlgorithm(info.privateKeyAlgorithm, 'private key');
  const privateKey = octetStringContent(info.privateKey.buffer);
  if (privateKey.byteLength !== PRIVATE_KEY_BYTES) {
    throw new Error(
      `private key: expected ${PRIVATE_KEY_BYTES} bytes, got ${privateKey.byteLength}`,
    );
  }
  assertGostPrivateKey(privateKey);
  return privateKey;
}

import { defaultGostPool } from '../pool/default-gost-pool.js';
import type { GostWorkerPool } from '../pool/gost-worker-pool.js';
import type { VerifyTextRequest } from './digest-text-signature.js';
import type { SelfSignedCertificateOptions } from './gost-certificate.js';
import type { GostCredentials } from './gost-credentials.js';
import type { SignatureCheck } from './signature-check.js';

/**
 * Verifies a signature over a digest text off the main thread.
 *
 * @example
 * ```ts
 * const check = await verifyDigestSignature({
 *   text: limitChangeDigest(change),
 *   base64Encoded: signature.base64Encoded,
 *   certificate: certificateFromPem(registeredPem),
 * });
 * if (!check.valid) console.log(check.reason, check.message);
 * ```
 */
export function verifyDigestSignature(
  request: VerifyTextRequest,
  pool: GostWorkerPool = defaultGostPool(),
): Promise<SignatureCheck> {
  return pool.verify(request);
}

/**
 * Makes a GOST key pair and a self-signed certificate off the main thread.
 *
 * @example
 * ```ts
 * const { privateKeyPem, certificatePem, certificateUuid } = await generateGostCredentials({
 *   commonName: 'Sandbox signer',
 * });
 * ```
 */
export function generateGostCredentials(
  options: SelfSignedCertificateOptions = {},
  pool: GostWorkerPool = defaultGostPool(),
): Promise<GostCredentials> {
  return pool.createCredentials(options);
}

import { base64ToBytes, bytesToBase64 } from './bytes.js';
import { createDetachedCms, verifyDetachedCms } from './cms-detached-signature.js';
import { type GostCertificate, readGostCertificate } from './gost-certificate.js';
import { gostSign, gostVerify } from './gost-primitives.js';
import type { SignatureCheck } from './signature-check.js';
import { DEFAULT_SIGNATURE_FORMAT, type SignatureFormat } from './signature-format.js';

/** A request to sign a digest text with a software key. */
export interface SignTextRequest {
  /** the digest text; its UTF-8 bytes are signed */
  text: string;
  /** the 32-byte private key (see `privateKeyFromPem`) */
  privateKey: Uint8Array;
  /** the signer's certificate, DER (see `certificateFromPem`) */
  certificate: Uint8Array;
  /** default `cms` */
  format?: SignatureFormat;
  /** the CMS signing-time attribute; default now */
  signingTime?: Date;
}

/** A request to verify a signature over a digest text. */
export interface VerifyTextRequest {
  /** the digest text that was signed */
  text: string;
  /** the signature, standard base64 */
  base64Encoded: string;
  /** default `cms` */
  format?: SignatureFormat;
  /**
   * the signer's certificate, DER: required for `raw`; for `cms`, when given,
   * it must be the certificate the CMS carries
   */
  certificate?: Uint8Array;
}

const STANDARD_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextEncoder();

/**
 * Signs a digest text on the calling thread and returns standard base64
 * (`+`, `/` and `=` included, although the bank's schema pattern omits them).
 * Costs tens of milliseconds: servers should go through a `GostWorkerPool`.
 */
export function signText(request: SignTextRequest): string {
  const content = utf8.encode(request.text);
  const format = request.format ?? DEFAULT_SIGNATURE_FORMAT;
  const signature =
    format === 'raw'
      ? gostSign(request.privateKey, content)
      : createDetachedCms(
          content,
          { privateKey: request.privateKey, certificate: readGostCertificate(request.certificate) },
          request.signingTime ?? new Date(),
        );
  return bytesToBase64(signature);
}

/** Verifies a signature over a digest text on the calling thread. */
export function verifyText(request: VerifyTextRequest): SignatureCheck {
  if (!STANDARD_BASE64.test(request.base64Encoded) || request.base64Encoded === '') {
    return {
      valid: false,
      reason: 'malformed-signature',
      message: 'the signature is not standard base64',
    };
  }
  const signature = base64ToBytes(request.base64Encoded);
  const content = utf8.encode(request.text);
  let certificate: GostCertificate | undefined;
  try {
    certificate = request.certificate && readGostCertificate(request.certificate);
  } catch (error) {
    return { valid: false, reason: 'certificate-unusable', message: (error as Error).message };
  }
  if ((request.format ?? DEFAULT_SIGNATURE_FORMAT) === 'cms') {
    return verifyDetachedCms(content, signature, certificate);
  }
  if (!certificate) {
    return {
      valid: false,
      reason: 'certificate-missing',
      message: 'a raw signature is verified against a certificate, and none was given',
    };
  }
  return gostVerify(certificate.publicKey, signature, content)
    ? { valid: true, certificate: certificate.der }
    : {
        valid: false,
        reason: 'signature-mismatch',
        message: 'the signature does not verify with the signer key',
      };
}

import type { CompleteSignature } from '../digest/limit-change-digest.js';
import { signText } from './digest-text-signature.js';
import { certificateFromPem, certificateUuidOf, readGostCertificate } from './gost-certificate.js';
import { privateKeyFromPem } from './gost-private-key.js';
import { DEFAULT_SIGNATURE_FORMAT, type SignatureFormat } from './signature-format.js';
import type { Signer } from './signer.js';

/** Options of an {@link InlineGostSigner}: a software key and its certificate. */
export interface InlineGostSignerOptions {
  /** the private key, unencrypted PKCS#8 PEM */
  privateKeyPem: string;
  /** the signer's certificate, PEM */
  certificatePem: string;
  /** the bank's UUID of the certificate; default: derived from it ({@link certificateUuidOf}) */
  certificateUuid?: string;
  /** default `cms` */
  format?: SignatureFormat;
}

/**
 * A {@link Signer} holding a GOST key in memory and signing on the calling thread, where no worker
 * threads exist (a browser page, `@devportal/digest/browser`). One signature costs tens of
 * milliseconds of that thread: servers sign with `SoftwareGostSigner` on a worker pool instead.
 *
 * @example
 * ```ts
 * const signer = new InlineGostSigner({ privateKeyPem, certificatePem, certificateUuid });
 * const signed = await signLimitChange(change, [signer]);
 * ```
 */
export class InlineGostSigner implements Signer {
  /** the UUID every signature names */
  readonly certificateUuid: string;
  readonly #format: SignatureFormat;
  readonly #privateKey: Uint8Array;
  readonly #certificate: Uint8Array;

  /** @throws {Error} when the key or certificate cannot be read */
  constructor(options: InlineGostSignerOptions) {
    this.#privateKey = privateKeyFromPem(options.privateKeyPem);
    this.#certificate = readGostCertificate(certificateFromPem(options.certificatePem)).der;
    this.certificateUuid = options.certificateUuid ?? certificateUuidOf(this.#certificate);
    this.#format = options.format ?? DEFAULT_SIGNATURE_FORMAT;
  }

  /** Signs the UTF-8 bytes of `digestText`. */
  async sign(digestText: string): Promise<CompleteSignature> {
    const base64Encoded = signText({
      text: digestText,
      privateKey: this.#privateKey,
      certificate: this.#certificate,
      format: this.#format,
    });
    return { base64Encoded, certificateUuid: this.certificateUuid };
  }
}

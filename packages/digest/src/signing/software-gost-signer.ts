import type { CompleteSignature } from '../digest/limit-change-digest.js';
import { defaultGostPool } from '../pool/default-gost-pool.js';
import type { GostWorkerPool } from '../pool/gost-worker-pool.js';
import { certificateFromPem, certificateUuidOf, readGostCertificate } from './gost-certificate.js';
import { privateKeyFromPem } from './gost-private-key.js';
import { DEFAULT_SIGNATURE_FORMAT, type SignatureFormat } from './signature-format.js';
import type { Signer } from './signer.js';

/** Options of a {@link SoftwareGostSigner}. */
export interface SoftwareGostSignerOptions {
  /** the private key, unencrypted PKCS#8 PEM */
  privateKeyPem: string;
  /** the signer's certificate, PEM */
  certificatePem: string;
  /** the bank's UUID of the certificate; default: derived from it ({@link certificateUuidOf}) */
  certificateUuid?: string;
  /** default `cms` */
  format?: SignatureFormat;
  /** where the signing runs; default: the shared pool */
  pool?: GostWorkerPool;
}

/**
 * A {@link Signer} holding a GOST key in memory and signing on worker threads.
 * For tests, the sandbox and back offices that keep their key in software.
 *
 * @example
 * ```ts
 * const signer = new SoftwareGostSigner({ privateKeyPem, certificatePem, certificateUuid });
 * const signature = await signer.sign(limitChangeDigest(change));
 * // { base64Encoded: 'MIIC…', certificateUuid }
 * ```
 */
export class SoftwareGostSigner implements Signer {
  /** the UUID every signature names */
  readonly certificateUuid: string;
  /** how the signatures are written */
  readonly format: SignatureFormat;
  readonly #privateKey: Uint8Array;
  readonly #certificate: Uint8Array;
  readonly #pool: GostWorkerPool | undefined;

  /** @throws {Error} when the key or certificate cannot be read */
  constructor(options: SoftwareGostSignerOptions) {
    this.#privateKey = privateKeyFromPem(options.privateKeyPem);
    this.#certificate = readGostCertificate(certificateFromPem(options.certificatePem)).der;
    this.certificateUuid = options.certificateUuid ?? certificateUuidOf(this.#certificate);
    this.format = options.format ?? DEFAULT_SIGNATURE_FORMAT;
    this.#pool = options.pool;
  }

  /** Signs the UTF-8 bytes of `digestText` on the pool's worker threads. */
  async sign(digestText: string): Promise<CompleteSignature> {
    const base64Encoded = await (this.#pool ?? defaultGostPool()).sign({
      text: digestText,
      privateKey: this.#privateKey,
      certificate: this.#certificate,
      format: this.format,
    });
    return { base64Encoded, certificateUuid: this.certificateUuid };
  }
}

import {
  certificateToPem,
  certificateUuidOf,
  createSelfSignedCertificate,
  type SelfSignedCertificateOptions,
} from './gost-certificate.js';
import { generateGostKeyPair } from './gost-primitives.js';
import { privateKeyToPem } from './gost-private-key.js';

/** A software signing identity for tests and the sandbox. */
export interface GostCredentials {
  /** unencrypted PKCS#8 PEM: keep it out of logs */
  privateKeyPem: string;
  /** self-signed X.509 certificate, PEM */
  certificatePem: string;
  /** {@link certificateUuidOf} the certificate */
  certificateUuid: string;
}

/**
 * A new GOST key pair with a self-signed certificate, made on the calling thread
 * (about 100 ms); `GostWorkerPool.createCredentials` makes one off it.
 */
export function createGostCredentials(options: SelfSignedCertificateOptions = {}): GostCredentials {
  const keyPair = generateGostKeyPair();
  const certificate = createSelfSignedCertificate(keyPair, options);
  return {
    privateKeyPem: privateKeyToPem(keyPair.privateKey),
    certificatePem: certificateToPem(certificate),
    certificateUuid: certificateUuidOf(certificate),
  };
}

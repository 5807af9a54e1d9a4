import { certificateFromPem } from '../src/signing/gost-certificate.js';
import { createGostCredentials, type GostCredentials } from '../src/signing/gost-credentials.js';
import { privateKeyFromPem } from '../src/signing/gost-private-key.js';

/** A signer identity with its key and certificate already decoded. */
export interface TestSigner extends GostCredentials {
  privateKey: Uint8Array;
  certificate: Uint8Array;
}

/** A fresh software signer; each call makes a new key. */
export function makeTestSigner(commonName = 'test signer'): TestSigner {
  const credentials = createGostCredentials({ commonName });
  return {
    ...credentials,
    privateKey: privateKeyFromPem(credentials.privateKeyPem),
    certificate: certificateFromPem(credentials.certificatePem),
  };
}

/** The seed's example digest. */
export const SEED_DIGEST = [
  'businessCardId=ccf62938-cbda-4785-a008-12bd300bef80',
  'code=NON_RENEW',
  'externalId=31663ef5-7975-4016-b0f3-f1d70a4e9c22',
  'limit=2650000.00',
].join('\n');

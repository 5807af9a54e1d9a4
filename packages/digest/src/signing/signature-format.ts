/**
 * How a signature is written into `base64Encoded`:
 * - `cms`: detached CMS/PKCS#7 SignedData with the signer's certificate (default);
 * - `raw`: the bare 64-byte GOST R 34.10-2012 signature, s‖r.
 */
export type SignatureFormat = 'cms' | 'raw';

/** The format used when none is named. */
export const DEFAULT_SIGNATURE_FORMAT: SignatureFormat = 'cms';

/** Why a signature was not accepted. */
export type SignatureFailure =
  | 'malformed-signature'
  | 'unsupported-algorithm'
  | 'certificate-missing'
  | 'certificate-mismatch'
  | 'certificate-unusable'
  | 'content-mismatch'
  | 'signature-mismatch';

/**
 * The outcome of verifying a signature over a digest text. Plain data, so it
 * crosses worker threads unchanged.
 */
export type SignatureCheck =
  | {
      valid: true;
      /** DER of the certificate whose key verified the signature */
      certificate: Uint8Array;
    }
  | {
      valid: false;
      /** machine-readable reason */
      reason: SignatureFailure;
      /** what is wrong, for people */
      message: string;
    };

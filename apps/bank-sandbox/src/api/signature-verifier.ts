import type { Certificate, User } from '../model.js';

/** A signature the bank has matched to a certificate of the organisation. */
export interface ResolvedSignature {
  base64Encoded: string;
  certificateUuid: string;
  certificate: Certificate;
  signer: User;
}

/** What a verifier is asked to check. */
export interface SignatureVerificationRequest {
  organizationId: string;
  /** the canonical digest text that was signed (`@devportal/digest`) */
  digest: string;
  document: { businessCardId: string; code: string; externalId: string; limit: number };
  /** the signatures, each with its certificate; the set's composition is already checked */
  signatures: ResolvedSignature[];
}

export type SignatureVerdict =
  | { valid: true }
  | {
      valid: false;
      /** the reason, shown in the WORKFLOW_FAULT's checks */
      message: string;
      /** indexes of the signatures that failed */
      positions?: number[];
    };

/**
 * The cryptographic check of a document's signatures. The sandbox first checks that every
 * certificate is known and the set is complete (one single, or a first and a second); the
 * verifier then says whether the signatures verify. Replace it with GOST R 34.10-2012
 * verification against the certificates' public keys.
 */
export interface SignatureVerifier {
  verify(request: SignatureVerificationRequest): SignatureVerdict | Promise<SignatureVerdict>;
}

/** The default verifier: accepts any well-formed, complete set. */
export const acceptWellFormedSignatures: SignatureVerifier = {
  verify: () => ({ valid: true }),
};

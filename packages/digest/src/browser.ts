/**
 * `@devportal/digest/browser`: what runs in a browser page — documents' digests, signing on the
 * calling thread, keys and certificates — without the worker pool and the command line, which
 * need Node.
 */
export { formatAmount } from './digest/amount-text.js';
export { DigestInputError, type DigestInputProblem } from './digest/digest-input-error.js';
export {
  type BusinessCardLimitChange,
  type CompleteSignature,
  type DigestSignature,
  limitChangeDigest,
} from './digest/limit-change-digest.js';
export {
  type SignTextRequest,
  signText,
  type VerifyTextRequest,
  verifyText,
} from './signing/digest-text-signature.js';
export {
  certificateFromPem,
  certificateUuidOf,
  readGostCertificate,
} from './signing/gost-certificate.js';
export { privateKeyFromPem } from './signing/gost-private-key.js';
export { InlineGostSigner, type InlineGostSignerOptions } from './signing/inline-gost-signer.js';
export { signLimitChange } from './signing/sign-limit-change.js';
export type { SignatureCheck, SignatureFailure } from './signing/signature-check.js';
export type { Signer } from './signing/signer.js';

export { formatAmount } from './digest/amount-text.js';
export { DigestInputError, type DigestInputProblem } from './digest/digest-input-error.js';
export {
  type DigestFields,
  type DocumentDigest,
  defineDocumentDigest,
} from './digest/document-digest.js';
export {
  amountText,
  type FieldFormat,
  freeText,
  textMatching,
  UUID_PATTERN,
  uuidText,
} from './digest/field-formats.js';
export {
  type BusinessCardLimitChange,
  type CompleteSignature,
  type DigestSignature,
  LIMIT_CODE_PATTERN,
  limitChangeDigest,
} from './digest/limit-change-digest.js';
export { defaultGostPool } from './pool/default-gost-pool.js';
export { GostWorkerPool, type GostWorkerPoolOptions } from './pool/gost-worker-pool.js';
export {
  type AuthoritySignature,
  checkSignatureSet,
  SIGNATURE_SET_VIOLATIONS,
  type SignatureAuthority,
  type SignatureSetCheck,
  type SignatureSetKind,
  type SignatureSetViolation,
} from './signature-set/signature-set-rules.js';
export {
  type SignTextRequest,
  signText,
  type VerifyTextRequest,
  verifyText,
} from './signing/digest-text-signature.js';
export {
  certificateFromPem,
  certificateToPem,
  certificateUuidOf,
  createSelfSignedCertificate,
  type GostCertificate,
  isSelfSignatureValid,
  readGostCertificate,
  type SelfSignedCertificateOptions,
} from './signing/gost-certificate.js';
export {
  GostComputationError,
  type GostComputationStep,
} from './signing/gost-computation-error.js';
export { createGostCredentials, type GostCredentials } from './signing/gost-credentials.js';
export {
  type GostKeyPair,
  generateGostKeyPair,
  RAW_SIGNATURE_BYTES,
} from './signing/gost-primitives.js';
export { privateKeyFromPem, privateKeyToPem } from './signing/gost-private-key.js';
export {
  InlineGostSigner,
  type InlineGostSignerOptions,
} from './signing/inline-gost-signer.js';
export { generateGostCredentials, verifyDigestSignature } from './signing/pooled-operations.js';
export { signLimitChange } from './signing/sign-limit-change.js';
export type { SignatureCheck, SignatureFailure } from './signing/signature-check.js';
export { DEFAULT_SIGNATURE_FORMAT, type SignatureFormat } from './signing/signature-format.js';
export type { Signer } from './signing/signer.js';
export {
  SoftwareGostSigner,
  type SoftwareGostSignerOptions,
} from './signing/software-gost-signer.js';
export { streebog256, streebog512 } from './signing/streebog.js';

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
  type DigestSignature,
  LIMIT_CODE_PATTERN,
  limitChangeDigest,
} from './digest/limit-change-digest.js';
export {
  type AuthoritySignature,
  checkSignatureSet,
  SIGNATURE_SET_VIOLATIONS,
  type SignatureAuthority,
  type SignatureSetCheck,
  type SignatureSetKind,
  type SignatureSetViolation,
} from './signature-set/signature-set-rules.js';

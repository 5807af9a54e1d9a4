import { defineDocumentDigest } from './document-digest.js';
import { amountText, textMatching, uuidText } from './field-formats.js';

/** One signature over a document's digest, as the bank receives it. */
export interface DigestSignature {
  /** the signature, standard base64 (the bank's `^[a-zA-Z0-9]+$` pattern omits `+/=`, its own example has them) */
  base64Encoded: string;
  /** the bank's identifier of the signer's certificate (`GET /v1/crypto`) */
  certificateUuid: string;
}

/** A request to change a business card's limit (`POST /v1/business-cards/limits`). */
export interface BusinessCardLimitChange {
  /** the card, a UUID */
  businessCardId: string;
  /** limit code from the CorpCardLimitType dictionary, e.g. `NON_RENEW` */
  code: string;
  /** the caller's identifier of this request, a UUID */
  externalId: string;
  /** the new limit; a number or decimal string with at most two decimals */
  limit: number | string;
  /** signatures over {@link limitChangeDigest}; absent for a draft */
  digestSignatures?: readonly DigestSignature[];
}

/**
 * The bank's limit-code pattern. Its document writes `{1-19}`, which a regex
 * engine reads as literal text; `{1,19}` is what it means.
 */
export const LIMIT_CODE_PATTERN = /^[a-zA-Z0-9._ -]{1,19}$/;

/**
 * The canonical digest text of a limit-change request: the text that is signed.
 *
 * @throws {DigestInputError} when a field breaks the bank's schema
 * @example
 * ```ts
 * limitChangeDigest({
 *   businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80',
 *   code: 'NON_RENEW',
 *   externalId: '31663ef5-7975-4016-b0f3-f1d70a4e9c22',
 *   limit: 2650000,
 * });
 * // businessCardId=ccf62938-cbda-4785-a008-12bd300bef80
 * // code=NON_RENEW
 * // externalId=31663ef5-7975-4016-b0f3-f1d70a4e9c22
 * // limit=2650000.00
 * ```
 */
export const limitChangeDigest = defineDocumentDigest<BusinessCardLimitChange>({
  businessCardId: uuidText,
  code: textMatching(LIMIT_CODE_PATTERN, 'a limit code'),
  externalId: uuidText,
  limit: amountText,
});

import {
  type LimitChangeRequest,
  limitCodePattern,
  type DigestSignature as SpecSignature,
} from '@devportal/sber-client/contract';
import { defineDocumentDigest } from './document-digest.js';
import { amountText, textMatching, uuidText } from './field-formats.js';

/**
 * One signature over a document's digest as a signer makes it: the spec's `Signature`
 * (`base64Encoded`, standard Base64, and the signer's `certificateUuid` from `GET /v1/crypto`)
 * with both fields present.
 */
export type DigestSignature = Required<SpecSignature>;

/**
 * A request to change a business card's limit (`POST /v1/business-cards/limits`): the spec's
 * `BusinessCardLimitChange` (sber-client's `LimitChangeRequest`), whose `limit` the digest also
 * takes as decimal text with at most two decimals, and whose signatures are complete.
 */
export type BusinessCardLimitChange = Omit<LimitChangeRequest, 'limit' | 'digestSignatures'> & {
  limit: number | string;
  /** signatures over {@link limitChangeDigest}; absent for a draft */
  digestSignatures?: readonly DigestSignature[];
};

/** The spec's `LimitCode` pattern (`{1,19}`: the bank's document writes the erratum `{1-19}`). */
export const LIMIT_CODE_PATTERN: RegExp = limitCodePattern;

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

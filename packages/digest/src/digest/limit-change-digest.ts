import {
  type DigestSignature,
  type LimitChangeRequest,
  limitCodePattern,
} from '@devportal/sber-client/contract';
import { defineDocumentDigest } from './document-digest.js';
import { amountText, textMatching, uuidText } from './field-formats.js';

export type { DigestSignature } from '@devportal/sber-client/contract';

/**
 * A request to change a business card's limit (`POST /v1/business-cards/limits`): the spec's
 * `BusinessCardLimitChange`, the very type sber-client sends as `LimitChangeRequest`.
 */
export type BusinessCardLimitChange = LimitChangeRequest;

/**
 * A signature as a `Signer` makes it: the spec's `Signature` (sber-client's
 * `DigestSignature`), whose fields the spec leaves optional, with both present.
 */
export type CompleteSignature = Required<
  Pick<DigestSignature, 'base64Encoded' | 'certificateUuid'>
>;

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

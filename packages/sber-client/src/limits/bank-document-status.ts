import {
  type bankDocumentStatusAwaitingSignatureValues,
  bankDocumentStatusRefusedValues,
  bankDocumentStatusSuccessfulValues,
  type bankDocumentStatusValues,
} from '../generated/sber-business-cards.patterns.js';

/** A status the bank's documentation names (`x-extensible-enum` of `BankDocumentStatus`). */
export type KnownBankDocumentStatus = (typeof bankDocumentStatusValues)[number];

/**
 * The status of a limit-change document at the bank (`bankStatus`): one of the known statuses,
 * or another the bank may add (an unknown status means in progress). The `string & {}` keeps the
 * known ones offered by the editor while any string is accepted.
 */
export type BankDocumentStatus = KnownBankDocumentStatus | (string & {});

/** The status of a document the bank carried out: the limit was changed. */
export type SuccessfulBankDocumentStatus = (typeof bankDocumentStatusSuccessfulValues)[number];

/** The statuses of a document the bank will never carry out. */
export type RefusedBankDocumentStatus = (typeof bankDocumentStatusRefusedValues)[number];

/** Saved by the bank, waiting for a signature in its UI: it may stay so for days. */
export type AwaitingSignatureBankDocumentStatus =
  (typeof bankDocumentStatusAwaitingSignatureValues)[number];

/** A status the bank never moves a document out of. */
export type FinalBankDocumentStatus = SuccessfulBankDocumentStatus | RefusedBankDocumentStatus;

const successful: ReadonlySet<string> = new Set(bankDocumentStatusSuccessfulValues);
const refused: ReadonlySet<string> = new Set(bankDocumentStatusRefusedValues);

/**
 * Whether the bank will not move the document out of `status` any more: `IMPLEMENTED` or a
 * refusal. An unknown status, `CREATED` and an absent one are not final.
 *
 * @example
 * ```ts
 * const { bankStatus } = await client.getLimitChangeState(externalId);
 * if (isFinalBankStatus(bankStatus)) console.log(isSuccessfulBankStatus(bankStatus) ? 'done' : 'refused');
 * ```
 */
export function isFinalBankStatus(
  status: BankDocumentStatus | undefined,
): status is FinalBankDocumentStatus {
  return status !== undefined && (successful.has(status) || refused.has(status));
}

/** Whether the bank carried the document out (`IMPLEMENTED`): the limit was changed. */
export function isSuccessfulBankStatus(
  status: BankDocumentStatus | undefined,
): status is SuccessfulBankDocumentStatus {
  return status !== undefined && successful.has(status);
}

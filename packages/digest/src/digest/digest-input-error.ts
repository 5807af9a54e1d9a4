/** Why a document field cannot be written into a digest. */
export type DigestInputProblem =
  | 'missing'
  | 'not-text'
  | 'pattern-mismatch'
  | 'amount-not-finite'
  | 'amount-negative'
  | 'amount-too-precise'
  | 'amount-malformed';

/**
 * Thrown when a document cannot be turned into its digest because a field breaks
 * the bank's schema. The digest is what a person signs, so a doubtful value is
 * refused rather than normalised into something the signer never saw.
 */
export class DigestInputError extends Error {
  override readonly name = 'DigestInputError';

  constructor(
    /** name of the offending field, as in the document */
    readonly field: string,
    /** machine-readable kind of the problem */
    readonly problem: DigestInputProblem,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

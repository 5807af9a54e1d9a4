import type { FieldFormat } from './field-formats.js';

/** For every field of a document that enters its digest, how to write it. */
export type DigestFields<TDocument> = {
  readonly [TName in keyof TDocument & string]?: FieldFormat<TDocument[TName]>;
};

/** Builds the digest text of one kind of document. */
export type DocumentDigest<TDocument> = (document: TDocument) => string;

const LINE_SEPARATOR = '\n';
const RAW_NEWLINE = /\n/g;
const ESCAPED_NEWLINE = '\\n';

/**
 * Declares the digest of a kind of bank document from its field list.
 *
 * The bank's rules, applied to every document: one `name=value` line per field,
 * lines sorted by field name (plain code-unit order, which is alphabetical for
 * the ASCII names the bank uses), joined by a single `\n`, no newline after the
 * last line, and a newline inside a value written as the two characters `\n`.
 * Fields left out of `fields` (such as the signatures) never enter the digest.
 *
 * @example
 * ```ts
 * interface Payment { amount: string; payee: string; comment: string }
 * const paymentDigest = defineDocumentDigest<Payment>({
 *   payee: uuidText,
 *   amount: amountText,
 *   comment: freeText,
 * });
 * paymentDigest({ amount: '10', payee: '…', comment: 'line 1\nline 2' });
 * // 'amount=10.00\ncomment=line 1\\nline 2\npayee=…'
 * ```
 */
export function defineDocumentDigest<TDocument>(
  fields: DigestFields<TDocument>,
): DocumentDigest<TDocument> {
  const sortedFields = Object.entries(fields)
    .filter((entry): entry is [string, FieldFormat<unknown>] => typeof entry[1] === 'function')
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));

  return (document) => {
    const values = document as Record<string, unknown>;
    return sortedFields
      .map(
        ([name, format]) =>
          `${name}=${format(values[name], name).replace(RAW_NEWLINE, ESCAPED_NEWLINE)}`,
      )
      .join(LINE_SEPARATOR);
  };
}

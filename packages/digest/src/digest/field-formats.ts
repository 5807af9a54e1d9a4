import { documentUuidPattern } from '@devportal/sber-client/contract';
import { formatAmount } from './amount-text.js';
import { DigestInputError } from './digest-input-error.js';

/**
 * Turns one field's value into its digest text, or throws a
 * {@link DigestInputError} naming `field` when the value breaks the schema.
 */
export type FieldFormat<TValue> = (value: TValue, field: string) => string;

/**
 * A UUID as the bank means it: the spec's `DocumentUuid` pattern, five groups with the bank's
 * letter range in the third (its document's four-group form is an erratum recorded in the spec).
 */
export const UUID_PATTERN: RegExp = documentUuidPattern;

/**
 * Text that must match `pattern`; `description` completes "expected …" in errors.
 *
 * @example
 * ```ts
 * const limitCode = textMatching(/^[A-Z_]{1,19}$/, 'a limit code');
 * limitCode('NON_RENEW', 'code'); // 'NON_RENEW'
 * ```
 */
export function textMatching(pattern: RegExp, description: string): FieldFormat<string> {
  return (value, field) => {
    if (value === undefined || value === null) {
      throw new DigestInputError(field, 'missing', `is required (${description})`);
    }
    if (typeof value !== 'string') {
      throw new DigestInputError(field, 'not-text', `expected ${description}, got ${typeof value}`);
    }
    if (!pattern.test(value)) {
      throw new DigestInputError(
        field,
        'pattern-mismatch',
        `"${value}" is not ${description} (${pattern.source})`,
      );
    }
    return value;
  };
}

/** Any text, written as it is (newlines are escaped by the digest itself). */
export const freeText: FieldFormat<string> = textMatching(/^[\s\S]*$/, 'text');

/** A UUID in the bank's pattern. */
export const uuidText: FieldFormat<string> = textMatching(UUID_PATTERN, 'a UUID');

/** A non-negative money amount written with two decimals; see {@link formatAmount}. */
export const amountText: FieldFormat<number | string> = (value, field) => {
  if (value === undefined || value === null) {
    throw new DigestInputError(field, 'missing', 'is required (an amount)');
  }
  return formatAmount(value, field);
};

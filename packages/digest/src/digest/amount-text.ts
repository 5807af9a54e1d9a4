import { DigestInputError } from './digest-input-error.js';

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;
const DECIMAL_PLACES = 2;

/**
 * Writes a money amount with exactly two decimals (`2650000` → `2650000.00`).
 *
 * The amount is handled as decimal text, never through float arithmetic, so
 * `0.29` stays `0.29` and large amounts keep every digit. A number is read
 * through its shortest round-trip text (`String(n)`), which is exactly the
 * decimal its author wrote; a number whose text needs an exponent, or any
 * value with more than two decimals, is refused instead of rounded.
 *
 * @param amount - a non-negative number or decimal string with at most two decimals
 * @param field - the field name reported in errors
 * @throws {DigestInputError} when the amount is negative, not finite, malformed or too precise
 * @example
 * ```ts
 * formatAmount(2650000); // '2650000.00'
 * formatAmount('12.5'); // '12.50'
 * formatAmount(0.1 + 0.2); // throws: 0.30000000000000004 has more than two decimals
 * ```
 */
export function formatAmount(amount: number | string, field = 'amount'): string {
  const text = amountText(amount, field);
  const match = DECIMAL_TEXT.exec(text);
  if (!match) {
    throw new DigestInputError(
      field,
      'amount-malformed',
      `"${text}" is not a decimal amount like 2650000.00`,
    );
  }
  const [, integerDigits = '', fractionDigits = ''] = match;
  if (fractionDigits.length > DECIMAL_PLACES) {
    throw new DigestInputError(
      field,
      'amount-too-precise',
      `"${text}" has more than ${DECIMAL_PLACES} decimals`,
    );
  }
  const integerPart = integerDigits.replace(/^0+(?=\d)/, '');
  return `${integerPart}.${fractionDigits.padEnd(DECIMAL_PLACES, '0')}`;
}

function amountText(amount: number | string, field: string): string {
  if (typeof amount === 'string') {
    if (amount.startsWith('-')) {
      throw new DigestInputError(field, 'amount-negative', `"${amount}" is negative`);
    }
    return amount;
  }
  if (typeof amount !== 'number') {
    throw new DigestInputError(field, 'not-text', 'expected a number or a decimal string');
  }
  if (!Number.isFinite(amount)) {
    throw new DigestInputError(field, 'amount-not-finite', `${amount} is not a finite amount`);
  }
  if (amount < 0) {
    throw new DigestInputError(field, 'amount-negative', `${amount} is negative`);
  }
  // -0 prints as "0", which is the amount its author meant.
  return String(amount);
}

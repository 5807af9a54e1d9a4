import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../src/index.js';

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength, maxLength });

/** Decimal text with at most two decimals, leading zeros included. */
const decimalText = fc
  .tuple(digits(1, 25), fc.option(digits(1, 2), { nil: undefined }))
  .map(([integer, fraction]) => (fraction === undefined ? integer : `${integer}.${fraction}`));

/** The exact value of decimal text as an integer number of hundredths. */
function hundredths(text: string): bigint {
  const [integer = '0', fraction = ''] = text.split('.');
  return BigInt(integer) * 100n + BigInt(fraction.padEnd(2, '0'));
}

describe('formatAmount', () => {
  it.each([
    [2650000, '2650000.00'],
    ['2650000', '2650000.00'],
    ['12.5', '12.50'],
    [12.5, '12.50'],
    [0.29, '0.29'],
    [1.005e2, '100.50'],
    ['007.10', '7.10'],
    [0, '0.00'],
    [-0, '0.00'],
    ['99999999999999999999999.99', '99999999999999999999999.99'],
  ] as const)('writes %j as %s', (amount, expected) => {
    expect(formatAmount(amount)).toBe(expected);
  });

  it('round-trips every decimal string with up to two decimals', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        const written = formatAmount(text);

        expect(written).toMatch(/^(0|[1-9]\d*)\.\d\d$/);
        expect(hundredths(written)).toBe(hundredths(text));
        expect(formatAmount(written)).toBe(written);
      }),
    );
  });

  it('writes a number and its decimal text alike, free of float drift', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 99 }),
        (units, cents) => {
          const text = `${units}.${String(cents).padStart(2, '0')}`;

          expect(formatAmount(Number(text))).toBe(text);
        },
      ),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkSignatureSet,
  SIGNATURE_SET_VIOLATIONS,
  type SignatureAuthority,
  type SignatureSetCheck,
} from '../src/index.js';

function check(...authorities: SignatureAuthority[]): SignatureSetCheck {
  return checkSignatureSet(authorities.map((authority) => ({ authority })));
}

describe('checkSignatureSet', () => {
  it.each([
    [[], 'unsigned'],
    [['single'], 'single'],
    [['first', 'second'], 'first-and-second'],
    [['second', 'first'], 'first-and-second'],
  ] as const)('accepts %j as %s', (authorities, kind) => {
    expect(check(...authorities)).toEqual({ ok: true, kind });
  });

  it.each([
    [['single', 'first'], 'single-combined-with-first-or-second', [1]],
    [['second', 'single'], 'single-combined-with-first-or-second', [0]],
    [['first', 'single', 'second'], 'single-combined-with-first-or-second', [0, 2]],
    [['single', 'single'], 'duplicate-authority', [1]],
    [['first', 'first'], 'duplicate-authority', [1]],
    [['second', 'second'], 'duplicate-authority', [1]],
    [['first', 'second', 'first'], 'duplicate-authority', [2]],
    [['first'], 'first-without-second', [0]],
    [['second'], 'second-without-first', [0]],
  ] as const)('refuses %j: %s at %j', (authorities, reason, positions) => {
    expect(check(...authorities)).toEqual({
      ok: false,
      reason,
      message: SIGNATURE_SET_VIOLATIONS[reason],
      positions,
    });
  });
});

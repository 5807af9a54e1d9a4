/**
 * The signing authority of a certificate, set in the signer's crypto profile at
 * the bank: a "single" signature suffices alone; a "first" and a "second"
 * signature are needed together.
 */
export type SignatureAuthority = 'single' | 'first' | 'second';

/** A signature as the rules see it: whose authority, in the order it was sent. */
export interface AuthoritySignature {
  authority: SignatureAuthority;
}

/** The accepted signature sets. `unsigned` is a draft that waits for signing in the bank's UI. */
export type SignatureSetKind = 'unsigned' | 'single' | 'first-and-second';

/** Why a set of signatures cannot be accepted. */
export type SignatureSetViolation =
  | 'single-combined-with-first-or-second'
  | 'duplicate-authority'
  | 'first-without-second'
  | 'second-without-first';

/** The outcome of {@link checkSignatureSet}. */
export type SignatureSetCheck =
  | { ok: true; kind: SignatureSetKind }
  | {
      ok: false;
      /** machine-readable reason */
      reason: SignatureSetViolation;
      /** what is wrong, for people */
      message: string;
      /** indexes of the signatures at fault, in the order they were sent */
      positions: number[];
    };

/** The message of each violation, declared once for code, docs and tests. */
export const SIGNATURE_SET_VIOLATIONS: Readonly<Record<SignatureSetViolation, string>> = {
  'single-combined-with-first-or-second':
    'a single signature cannot be combined with a first or second signature',
  'duplicate-authority': 'the same signing authority appears more than once',
  'first-without-second': 'a first signature needs a second signature in the same request',
  'second-without-first': 'a second signature needs a first signature in the same request',
};

/**
 * Checks a document's signatures against the bank's accepted sets: none (a
 * draft), one single signature, or a first and a second signature in any order.
 *
 * @example
 * ```ts
 * checkSignatureSet([{ authority: 'second' }, { authority: 'first' }]);
 * // { ok: true, kind: 'first-and-second' }
 * checkSignatureSet([{ authority: 'first' }]);
 * // { ok: false, reason: 'first-without-second', message: '…', positions: [0] }
 * ```
 */
export function checkSignatureSet(signatures: readonly AuthoritySignature[]): SignatureSetCheck {
  const positionsOf = (authority: SignatureAuthority): number[] =>
    signatures.flatMap((signature, index) => (signature.authority === authority ? [index] : []));
  const single = positionsOf('single');
  const first = positionsOf('first');
  const second = positionsOf('second');

  if (single.length > 0 && first.length + second.length > 0) {
    return violation('single-combined-with-first-or-second', [...first, ...second].sort(byIndex));
  }
  const repeated = [single, first, second].find((positions) => positions.length > 1);
  if (repeated) {
    return violation('duplicate-authority', repeated.slice(1));
  }
  if (first.length > 0 && second.length === 0) {
    return violation('first-without-second', first);
  }
  if (second.length > 0 && first.length === 0) {
    return violation('second-without-first', second);
  }
  if (single.length > 0) {
    return { ok: true, kind: 'single' };
  }
  return { ok: true, kind: first.length > 0 ? 'first-and-second' : 'unsigned' };
}

function violation(reason: SignatureSetViolation, positions: number[]): SignatureSetCheck {
  return { ok: false, reason, message: SIGNATURE_SET_VIOLATIONS[reason], positions };
}

function byIndex(left: number, right: number): number {
  return left - right;
}

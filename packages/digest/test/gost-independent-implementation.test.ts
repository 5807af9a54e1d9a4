import { describe, expect, it } from 'vitest';
import { CRYPTO_PRO_A } from '../src/signing/gost-curves.js';
import { gostVerify, hashScalar, signHash } from '../src/signing/gost-primitives.js';
import { streebog256 } from '../src/signing/streebog.js';
import { independentGostSigner } from './independent-gost.js';

const CASES = 200;
const utf8 = (text: string) => new TextEncoder().encode(text);
const littleEndian = (value: bigint) =>
  new Uint8Array(Buffer.from(value.toString(16).padStart(64, '0'), 'hex').reverse());

/**
 * Fixed keys, messages and nonces, so every run checks the same cases: the second
 * implementation (`@wavesenterprise/crypto-gost-js` 2.0.1) still carries the modular-inverse
 * defect (`subtract is not defined`) and throws on some inputs.
 */
function fixedCase(index: number) {
  const { Point, q } = CRYPTO_PRO_A;
  const d = hashScalar(streebog256(utf8(`key ${index}`)), q);
  const k = hashScalar(streebog256(utf8(`nonce ${index}`)), q);
  const { x, y } = Point.BASE.multiply(d).toAffine();
  const data = utf8(`businessCardId=case-${index}\nlimit=${index}.00`);
  return {
    privateKey: littleEndian(d),
    publicKey: new Uint8Array([...littleEndian(x), ...littleEndian(y)]),
    data,
    k,
    ours: signHash(CRYPTO_PRO_A, d, hashScalar(streebog256(data), q), () => k),
  };
}

/** What the second implementation answers, or `defect` where its inverse throws. */
function theirs<TResult>(work: () => TResult): TResult | 'defect' {
  try {
    return work();
  } catch (error) {
    if (String(error).includes('subtract is not defined')) return 'defect';
    throw error;
  }
}

describe('GOST signatures against a second, independent implementation', () => {
  it(`agree both ways on ${CASES} fixed cases: each verifies the other's signature`, () => {
    const verifier = independentGostSigner();
    const disagreements: string[] = [];
    const defects: string[] = [];

    for (let index = 0; index < CASES; index++) {
      const { privateKey, publicKey, data, k, ours } = fixedCase(index);
      const theirVerdict = theirs(() => verifier.verify(publicKey, ours, data));
      const theirSignature = theirs(
        () => new Uint8Array(independentGostSigner(littleEndian(k)).sign(privateKey, data)),
      );
      if (theirVerdict === 'defect') defects.push(`verify #${index}`);
      else if (!theirVerdict) disagreements.push(`they refuse our signature #${index}`);
      if (theirSignature === 'defect') defects.push(`sign #${index}`);
      else {
        // The same key, hash and k give the same signature in both.
        if (Buffer.compare(theirSignature, ours) !== 0)
          disagreements.push(`signatures differ #${index}`);
        if (!gostVerify(publicKey, theirSignature, data))
          disagreements.push(`we refuse theirs #${index}`);
      }
    }

    expect(disagreements).toEqual([]);
    expect(defects.length).toBeLessThan(CASES / 10);
  }, 60_000);
});

import { FpInvertBatch } from '@noble/curves/abstract/modular.js';
import { describe, expect, it } from 'vitest';
import { CRYPTO_PRO_A } from '../src/signing/gost-curves.js';

// The inverses GOST needs: e⁻¹ mod q when verifying, and mod p whenever a projective point
// becomes affine (every signature and key). The defect that broke node-gost-crypto sat in
// the final reduction of its inverse, which random inputs reach about once in a few
// thousand; a million inputs per modulus leave no such gap unnoticed.
const INPUTS = 1_000_000;
// Montgomery's trick: one inversion and three multiplications an input, so a million
// inputs take seconds rather than the minute a million separate inversions take here.
// Every batch still ends in one real inversion of a random product.
const BATCH = 100;
const DIRECT_INPUTS = 20_000;

const fields = [
  ['q (the group order)', CRYPTO_PRO_A.Point.Fn],
  ['p (the field prime)', CRYPTO_PRO_A.Point.Fp],
] as const;

/** Uniform residues in [1, m) from the platform CSPRNG, read 256 bits at a time. */
function* randomResidues(modulus: bigint, count: number): Generator<bigint> {
  const bytes = new Uint8Array(32 * 2048);
  const view = new DataView(bytes.buffer);
  let produced = 0;
  while (produced < count) {
    globalThis.crypto.getRandomValues(bytes);
    for (let offset = 0; offset < bytes.byteLength && produced < count; offset += 32) {
      const value =
        (view.getBigUint64(offset) << 192n) |
        (view.getBigUint64(offset + 8) << 128n) |
        (view.getBigUint64(offset + 16) << 64n) |
        view.getBigUint64(offset + 24);
      if (value === 0n || value >= modulus) continue;
      produced++;
      yield value;
    }
  }
}

function edgeInputs(modulus: bigint): bigint[] {
  const powers = Array.from({ length: 256 }, (_, bit) => 1n << BigInt(bit)).filter(
    (v) => v < modulus,
  );
  return [1n, 2n, 3n, modulus - 1n, modulus - 2n, modulus / 2n, modulus / 2n + 1n, ...powers];
}

describe.each(fields)('the modular inverse mod %s', (_name, field) => {
  const modulus = field.ORDER;

  it(`gives a·a⁻¹ ≡ 1 for ${INPUTS} random inputs`, () => {
    let failures = 0;
    let batch: bigint[] = [];
    for (const value of randomResidues(modulus, INPUTS)) {
      batch.push(value);
      if (batch.length < BATCH) continue;
      const inverses = FpInvertBatch(field, batch);
      batch.forEach((input, index) => {
        if ((input * (inverses[index] as bigint)) % modulus !== 1n) failures++;
      });
      batch = [];
    }

    expect(failures).toBe(0);
  }, 60_000);

  it(`gives a·a⁻¹ ≡ 1 inverting ${DIRECT_INPUTS} random inputs and the edges one by one`, () => {
    const inputs = [...edgeInputs(modulus), ...randomResidues(modulus, DIRECT_INPUTS)];

    const failures = inputs.filter((input) => (input * field.inv(input)) % modulus !== 1n);

    expect(failures).toEqual([]);
  }, 60_000);
});

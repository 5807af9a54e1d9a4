import { describe, expect, it } from 'vitest';
import { limitChangeDigest } from '../src/digest/limit-change-digest.js';
import { GostComputationError } from '../src/signing/gost-computation-error.js';
import { CRYPTO_PRO_A, gostCurve } from '../src/signing/gost-curves.js';
import {
  assertGostPublicKey,
  generateGostKeyPair,
  gostSign,
  gostVerify,
  publicKeyPoint,
  signHash,
  verifyHash,
} from '../src/signing/gost-primitives.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const littleEndian = (value: bigint) =>
  Buffer.from(value.toString(16).padStart(64, '0'), 'hex').reverse();

/** GOST R 34.10-2012 appendix A.1 (RFC 7091 section 7.1): the 256-bit worked example. */
const EXAMPLE = {
  curve: gostCurve({
    p: 0x8000000000000000000000000000000000000000000000000000000000000431n,
    a: 7n,
    b: 0x5fbff498aa938ce739b8e022fbafef40563f6e6a3472fc2a514c0ce9dae23b7en,
    q: 0x8000000000000000000000000000000150fe8a1892976154c59cfc193accf5b3n,
    x: 2n,
    y: 0x8e2a8a0e65147d4bd6316030e16d19c85c97f0a9ca267122b96abbcea7e8fc8n,
  }),
  d: 0x7a929ade789bb9be10ed359dd39a72c11b60961f49397eee1d19ce9891ec3b28n,
  Q: {
    x: 0x7f2b49e270db6d90d8595bec458b50c58585ba1d4e9b788f6689dbd8e56fd80bn,
    y: 0x26f1b489d6701dd185c8413a977b3cbbaf64d1c593d26627dffb101a87ff77dan,
  },
  e: 0x2dfbc1b372d89a1188c09c52e0eec61fce52032ab1022e8e67ece6672b043ee5n,
  k: 0x77105c9b20bcd3122823c8cf6fcc7b956de33814e95b7fe64fed924594dceab3n,
  r: 0x41aa28d2f1ab148280cd9ed56feda41974053554a42767b83ad043fd39dc0493n,
  s: 0x01456c64ba4642a1653c235a98a60249bcd6d3f746b631df928014f6c5bf9c40n,
};

/** The limit change whose raw signature never verified with node-gost-crypto 1.0.2 as npm installs it. */
const LIMIT_CHANGE_TEXT = limitChangeDigest({
  businessCardId: 'fb19ec13-b766-4389-8039-61ea42e9dd6d',
  code: 'NON_RENEW',
  externalId: '31663ef5-7975-4016-b0f3-000000002fb9',
  limit: 100000,
});

describe("GOST R 34.10-2012's worked example (appendix A.1)", () => {
  it('derives the public key Q = dP', () => {
    expect(EXAMPLE.curve.Point.BASE.multiply(EXAMPLE.d).toAffine()).toEqual(EXAMPLE.Q);
  });

  it('reproduces the signature from the given k, in CryptoPro order s‖r', () => {
    const signature = signHash(EXAMPLE.curve, EXAMPLE.d, EXAMPLE.e, () => EXAMPLE.k);

    expect(hex(signature)).toBe(
      EXAMPLE.s.toString(16).padStart(64, '0') + EXAMPLE.r.toString(16).padStart(64, '0'),
    );
  });

  it('verifies the given signature with the given public key, and refuses it for another hash', () => {
    const Q = EXAMPLE.curve.Point.fromAffine(EXAMPLE.Q);

    expect(verifyHash(EXAMPLE.curve, Q, EXAMPLE.e, EXAMPLE.r, EXAMPLE.s)).toBe(true);
    expect(verifyHash(EXAMPLE.curve, Q, EXAMPLE.e + 1n, EXAMPLE.r, EXAMPLE.s)).toBe(false);
  });

  it('refuses r or s outside [1, q)', () => {
    const Q = EXAMPLE.curve.Point.fromAffine(EXAMPLE.Q);
    const { q } = EXAMPLE.curve;

    for (const [r, s] of [
      [0n, EXAMPLE.s],
      [EXAMPLE.r, 0n],
      [EXAMPLE.r + q, EXAMPLE.s],
      [EXAMPLE.r, EXAMPLE.s + q],
    ] as const) {
      expect(verifyHash(EXAMPLE.curve, Q, EXAMPLE.e, r, s)).toBe(false);
    }
  });
});

describe('GOST signatures on CryptoPro curve A', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('sign and verify the limit change with several fresh keys', () => {
    const data = utf8(LIMIT_CHANGE_TEXT);

    const results = Array.from({ length: 8 }, () => {
      const keys = generateGostKeyPair();
      const signature = gostSign(keys.privateKey, data);
      return [
        gostVerify(keys.publicKey, signature, data),
        gostVerify(keys.publicKey, signature, utf8(`${LIMIT_CHANGE_TEXT}0`)),
      ];
    });

    expect(results).toEqual(Array.from({ length: 8 }, () => [true, false]));
  });

  it('make keys in the library byte order: d little-endian, then x‖y little-endian of dP', () => {
    const { privateKey, publicKey } = generateGostKeyPair();
    const d = BigInt(`0x${Buffer.from(privateKey).reverse().toString('hex')}`);
    const { x, y } = CRYPTO_PRO_A.Point.BASE.multiply(d).toAffine();

    expect(privateKey).toHaveLength(32);
    expect(hex(publicKey)).toBe(hex(littleEndian(x)) + hex(littleEndian(y)));
  });

  it('are 64 bytes that fail to verify with another key or once a byte is flipped', () => {
    const alice = generateGostKeyPair();
    const bob = generateGostKeyPair();
    const data = utf8('a=1');
    const signature = gostSign(alice.privateKey, data);
    const flipped = signature.slice();
    flipped[40] = (flipped[40] as number) ^ 1;

    expect(signature).toHaveLength(64);
    expect(gostVerify(bob.publicKey, signature, data)).toBe(false);
    expect(gostVerify(alice.publicKey, flipped, data)).toBe(false);
    expect(gostVerify(alice.publicKey, signature.subarray(0, 63), data)).toBe(false);
  });

  it('refuse a private key of the wrong length or equal to 0 mod q as input, not as a computation failure', () => {
    const data = utf8('a=1');

    expect(() => gostSign(new Uint8Array(31), data)).toThrow(RangeError);
    expect(() => gostSign(littleEndian(CRYPTO_PRO_A.q), data)).toThrow(
      'private key: not a usable GOST key (0 mod q)',
    );
  });

  it('refuse a public key that is not a point of the curve', () => {
    const { publicKey } = generateGostKeyPair();
    const offCurve = publicKey.slice();
    offCurve[0] = (offCurve[0] as number) ^ 1;

    expect(() => assertGostPublicKey(offCurve)).toThrow(
      'public key: not a point of the GOST curve',
    );
    expect(() => gostVerify(offCurve, new Uint8Array(64), utf8('a'))).toThrow(RangeError);
    expect(() => publicKeyPoint(CRYPTO_PRO_A, publicKey.subarray(1))).toThrow('expected 64 bytes');
  });

  it('report a failure inside the arithmetic as a GostComputationError naming the step', () => {
    const act = () => signHash(CRYPTO_PRO_A, 1n, 1n, () => 0n);

    expect(act).toThrow(GostComputationError);
    expect(act).toThrow(
      expect.objectContaining({ step: 'signature', code: 'GOST_COMPUTATION_FAILED' }),
    );
  });
});

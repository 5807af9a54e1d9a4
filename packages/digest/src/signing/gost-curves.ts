import { type WeierstrassPointCons, weierstrass } from '@noble/curves/abstract/weierstrass.js';

/** A GOST R 34.10 curve y² = x³ + ax + b over GF(p) with base point (x, y) of prime order q. */
export interface GostCurveParameters {
  p: bigint;
  a: bigint;
  b: bigint;
  q: bigint;
  x: bigint;
  y: bigint;
}

/** A GOST curve's points (projective arithmetic from `@noble/curves`) and its group order. */
export interface GostCurve {
  Point: WeierstrassPointCons<bigint>;
  q: bigint;
}

/** The point arithmetic of a curve; GOST's own equations live in `gost-primitives.ts`. */
export function gostCurve({ p, a, b, q, x, y }: GostCurveParameters): GostCurve {
  const Point = weierstrass({ p, n: q, h: 1n, a, b, Gx: x, Gy: y });
  // Tables for the fixed base point, built on its first multiplication: every
  // key generation and signature multiplies it.
  Point.BASE.precompute(8);
  return { Point, q };
}

/**
 * id-GostR3410-2001-CryptoPro-A-ParamSet (1.2.643.2.2.35.1, RFC 4357 section 11.4):
 * the curve of CryptoPro CSP's 256-bit keys, and so of the bank's signing clients.
 */
export const CRYPTO_PRO_A = gostCurve({
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd97n,
  a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd94n,
  b: 166n,
  q: 0xffffffffffffffffffffffffffffffff6c611070995ad10045841b09b761b893n,
  x: 1n,
  y: 0x8d91e471e0989cda27df505a453f2b7635294f2ddf23e3b122acc99c9e9f1e14n,
});

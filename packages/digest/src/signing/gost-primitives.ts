// GOST R 34.10-2012 (256-bit) signatures: the standard's equations over the
// point arithmetic of @noble/curves. Byte formats are CryptoPro's, the ones
// existing keys, certificates and signatures use: keys little-endian (d; x‖y),
// signatures s‖r big-endian, and the Streebog-256 hash read as a little-endian
// integer.
import type { WeierstrassPoint } from '@noble/curves/abstract/weierstrass.js';
import { GostComputationError, type GostComputationStep } from './gost-computation-error.js';
import { CRYPTO_PRO_A, type GostCurve } from './gost-curves.js';
import { streebog256 } from './streebog.js';

/** A GOST R 34.10-2012 (256-bit) key pair, little-endian as CryptoPro stores keys. */
export interface GostKeyPair {
  /** 32 bytes, the secret scalar */
  privateKey: Uint8Array;
  /** 64 bytes, x‖y of the public point */
  publicKey: Uint8Array;
}

/** Length of a raw GOST R 34.10-2012 (256-bit) signature: s‖r, 32 bytes each. */
export const RAW_SIGNATURE_BYTES = 64;

const SCALAR_BYTES = 32;
// With a working random source a draw outside [1, q) has odds of about 2⁻¹²⁸;
// this many in a row means the source is broken, and looping on would hang.
const RANDOM_SCALAR_ATTEMPTS = 64;

/** A new random key pair on CryptoPro curve A. */
export function generateGostKeyPair(): GostKeyPair {
  const { Point, q } = CRYPTO_PRO_A;
  const d = randomScalar(q);
  const { x, y } = computing('public-key', () => Point.BASE.multiply(d).toAffine());
  return {
    privateKey: toLittleEndian(d),
    publicKey: concat(toLittleEndian(x), toLittleEndian(y)),
  };
}

/**
 * Signs the Streebog-256 hash of `data` on CryptoPro curve A; returns s‖r.
 *
 * @throws {RangeError} when the private key is not 32 bytes or is 0 mod q
 * @throws {GostComputationError} when the arithmetic fails
 */
export function gostSign(privateKey: Uint8Array, data: Uint8Array): Uint8Array {
  const curve = CRYPTO_PRO_A;
  const d = privateScalar(privateKey, curve.q);
  return signHash(curve, d, hashScalar(streebog256(data), curve.q), () => randomScalar(curve.q));
}

/**
 * Whether `signature` (s‖r) over `data` was made with the key of `publicKey`.
 *
 * @throws {RangeError} when `publicKey` is not a point of CryptoPro curve A (x‖y, 64 bytes)
 * @throws {GostComputationError} when the arithmetic fails
 */
export function gostVerify(
  publicKey: Uint8Array,
  signature: Uint8Array,
  data: Uint8Array,
): boolean {
  const curve = CRYPTO_PRO_A;
  const point = publicKeyPoint(curve, publicKey);
  if (signature.byteLength !== RAW_SIGNATURE_BYTES) return false;
  const s = fromBigEndian(signature.subarray(0, SCALAR_BYTES));
  const r = fromBigEndian(signature.subarray(SCALAR_BYTES));
  return verifyHash(curve, point, hashScalar(streebog256(data), curve.q), r, s);
}

/** Throws unless `privateKey` is 32 bytes holding a scalar that is not 0 mod q. */
export function assertGostPrivateKey(privateKey: Uint8Array): void {
  privateScalar(privateKey, CRYPTO_PRO_A.q);
}

/**
 * Throws unless `publicKey` is x‖y (little-endian) of a point of CryptoPro curve A,
 * so that a damaged key is refused as input rather than met inside the arithmetic.
 */
export function assertGostPublicKey(publicKey: Uint8Array): void {
  publicKeyPoint(CRYPTO_PRO_A, publicKey);
}

/**
 * The signature equations of GOST R 34.10-2012 section 6.1 for the hash
 * integer `e`: k from `nonce`, r = x(kP) mod q, s = (rd + ke) mod q; s‖r big-endian.
 * Exported for the standard's known-answer test, which fixes k; not public API.
 */
export function signHash(curve: GostCurve, d: bigint, e: bigint, nonce: () => bigint): Uint8Array {
  const { Point, q } = curve;
  return computing('signature', () => {
    for (let attempt = 0; attempt < RANDOM_SCALAR_ATTEMPTS; attempt++) {
      const k = nonce();
      const r = mod(Point.BASE.multiply(k).toAffine().x, q);
      if (r === 0n) continue;
      const s = mod(r * d + k * e, q);
      if (s === 0n) continue;
      return concat(toBigEndian(s), toBigEndian(r));
    }
    throw new GostComputationError('random-scalar');
  });
}

/**
 * The verification equations of GOST R 34.10-2012 section 6.2: v = e⁻¹,
 * z1 = sv, z2 = −rv, C = z1·P + z2·Q, valid when x(C) ≡ r (mod q).
 */
export function verifyHash(
  curve: GostCurve,
  publicKey: WeierstrassPoint<bigint>,
  e: bigint,
  r: bigint,
  s: bigint,
): boolean {
  const { Point, q } = curve;
  if (r <= 0n || r >= q || s <= 0n || s >= q) return false;
  return computing('verification', () => {
    const v = Point.Fn.inv(e);
    const z1 = mod(s * v, q);
    const z2 = mod(-r * v, q);
    const c = Point.BASE.mulAddUnsafe(z1, publicKey, z2);
    return !c.is0() && mod(c.toAffine().x, q) === r;
  });
}

/** The point of a public key x‖y (little-endian), checked to lie on `curve`. */
export function publicKeyPoint(curve: GostCurve, publicKey: Uint8Array): WeierstrassPoint<bigint> {
  if (publicKey.byteLength !== 2 * SCALAR_BYTES) {
    throw new RangeError(`public key: expected ${2 * SCALAR_BYTES} bytes (x‖y)`);
  }
  const x = fromLittleEndian(publicKey.subarray(0, SCALAR_BYTES));
  const y = fromLittleEndian(publicKey.subarray(SCALAR_BYTES));
  try {
    const point = curve.Point.fromAffine({ x, y });
    point.assertValidity();
    return point;
  } catch {
    throw new RangeError('public key: not a point of the GOST curve');
  }
}

/** The integer e of the standard: the hash read little-endian, mod q, and 1 in place of 0. */
export function hashScalar(hash: Uint8Array, q: bigint): bigint {
  const e = mod(fromLittleEndian(hash), q);
  return e === 0n ? 1n : e;
}

function privateScalar(privateKey: Uint8Array, q: bigint): bigint {
  if (privateKey.byteLength !== SCALAR_BYTES) {
    throw new RangeError(`private key: expected ${SCALAR_BYTES} bytes`);
  }
  const d = mod(fromLittleEndian(privateKey), q);
  if (d === 0n) throw new RangeError('private key: not a usable GOST key (0 mod q)');
  return d;
}

/** A uniform scalar in [1, q) from the platform's CSPRNG (Web Crypto, so browsers and edge runtimes too). */
function randomScalar(q: bigint): bigint {
  const bytes = new Uint8Array(SCALAR_BYTES);
  for (let attempt = 0; attempt < RANDOM_SCALAR_ATTEMPTS; attempt++) {
    globalThis.crypto.getRandomValues(bytes);
    const candidate = fromLittleEndian(bytes);
    if (candidate > 0n && candidate < q) return candidate;
  }
  throw new GostComputationError('random-scalar');
}

/** Runs curve arithmetic; whatever it throws is a computation failure, never an input error. */
function computing<TResult>(step: GostComputationStep, work: () => TResult): TResult {
  try {
    return work();
  } catch (error) {
    if (error instanceof GostComputationError) throw error;
    throw new GostComputationError(step, { cause: error });
  }
}

function mod(value: bigint, modulus: bigint): bigint {
  const remainder = value % modulus;
  return remainder < 0n ? remainder + modulus : remainder;
}

function fromLittleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let index = bytes.byteLength - 1; index >= 0; index--) {
    value = (value << 8n) | BigInt(bytes[index] as number);
  }
  return value;
}

function fromBigEndian(bytes: Uint8Array): bigint {
  return fromLittleEndian(bytes.slice().reverse());
}

function toLittleEndian(value: bigint): Uint8Array {
  const bytes = new Uint8Array(SCALAR_BYTES);
  let rest = value;
  for (let index = 0; index < SCALAR_BYTES; index++) {
    bytes[index] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return bytes;
}

function toBigEndian(value: bigint): Uint8Array {
  return toLittleEndian(value).reverse();
}

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(first.byteLength + second.byteLength);
  bytes.set(first);
  bytes.set(second, first.byteLength);
  return bytes;
}

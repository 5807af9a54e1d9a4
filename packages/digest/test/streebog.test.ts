import waves from '@wavesenterprise/crypto-gost-js';
import { describe, expect, it } from 'vitest';
import { streebog256, streebog512 } from '../src/signing/streebog.js';

/** RFC 6986 prints vectors most significant byte first; the hash bytes are the reverse. */
const asPrinted = (hash: Uint8Array) => Buffer.from(hash).reverse().toString('hex');

// RFC 6986 section 10: M1 is 63 ASCII digits; M2 is 72 bytes of CP1251 text (two blocks' worth
// with a partial second block), printed there byte-reversed like every other vector.
const M1 = new TextEncoder().encode(
  '012345678901234567890123456789012345678901234567890123456789012',
);
const M2 = Buffer.from(
  'fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0eeec20f120faf2fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1',
  'hex',
).reverse();

describe('Streebog (GOST R 34.11-2012)', () => {
  it.each([
    ['M1', M1, '00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d'],
    ['M2', M2, '508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d'],
  ])("hashes RFC 6986's %s to its 256-bit value", (_name, message, expected) => {
    expect(asPrinted(streebog256(message))).toBe(expected);
  });

  it.each([
    [
      'M1',
      M1,
      '486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00' +
        'fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b',
    ],
    [
      'M2',
      M2,
      '28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f03' +
        '7613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e',
    ],
  ])("hashes RFC 6986's %s to its 512-bit value", (_name, message, expected) => {
    expect(asPrinted(streebog512(message))).toBe(expected);
  });

  it('agrees with the second implementation on every length from 0 to 200 bytes and a long message', () => {
    const independent = waves.GostEngine.getGostDigest({
      name: 'GOST R 34.11',
      version: 2012,
      length: 256,
    });
    const bytes = Uint8Array.from({ length: 5000 }, (_, index) => (index * 167 + 13) & 0xff);
    const lengths = [...Array.from({ length: 201 }, (_, length) => length), 5000];

    const disagreements = lengths.filter((length) => {
      const message = bytes.subarray(0, length);
      return (
        Buffer.from(streebog256(message)).toString('hex') !==
        Buffer.from(independent.digest(message)).toString('hex')
      );
    });

    expect(disagreements).toEqual([]);
  });

  it('does not change its input', () => {
    const message = M2.slice();

    streebog256(message);

    expect(message).toEqual(M2);
  });
});

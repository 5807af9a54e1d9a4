import gost from 'node-gost-crypto';
import { describe, expect, it } from 'vitest';
import { streebog256 } from '../src/signing/gost-primitives.js';

const littleEndian = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex').reverse());

describe('the GOST engine', () => {
  it("hashes RFC 6986's first message to its published Streebog-256 value", () => {
    const message = new TextEncoder().encode(
      '012345678901234567890123456789012345678901234567890123456789012',
    );

    expect(Buffer.from(streebog256(message)).toString('hex')).toBe(
      '9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500',
    );
  });

  it("reproduces GOST R 34.10-2012's worked example (256-bit test curve) in CryptoPro order s‖r", () => {
    const signer = gost.gostEngine.getGostSign({
      name: 'GOST R 34.10',
      version: 2012,
      length: 256,
      mode: 'SIGN',
      namedCurve: 'S-256-TEST',
      procreator: 'CP',
      ukm: littleEndian('77105C9B20BCD3122823C8CF6FCC7B956DE33814E95B7FE64FED924594DCEAB3'),
    });
    const privateKey = littleEndian(
      '7A929ADE789BB9BE10ED359DD39A72C11B60961F49397EEE1D19CE9891EC3B28',
    );
    const hashValue = littleEndian(
      '2DFBC1B372D89A1188C09C52E0EEC61FCE52032AB1022E8E67ECE6672B043EE5',
    );

    const signature = Buffer.from(signer.sign(privateKey, hashValue)).toString('hex');

    expect(signature).toBe(
      '01456c64ba4642a1653c235a98a60249bcd6d3f746b631df928014f6c5bf9c40' +
        '41aa28d2f1ab148280cd9ed56feda41974053554a42767b83ad043fd39dc0493',
    );
  });
});

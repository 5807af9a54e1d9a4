import waves, { type GostSign } from '@wavesenterprise/crypto-gost-js';

/**
 * The second, independent GOST implementation (`@wavesenterprise/crypto-gost-js`), set up
 * like ours: CryptoPro curve A, Streebog-256, signatures s‖r. `nonce` fixes k (little-endian).
 */
export function independentGostSigner(nonce?: Uint8Array): GostSign {
  return waves.GostEngine.getGostSign({
    name: 'GOST R 34.10',
    version: 2012,
    length: 256,
    mode: 'SIGN',
    namedCurve: 'S-256-A',
    procreator: 'CP',
    hash: { name: 'GOST R 34.11', version: 2012, length: 256 },
    ...(nonce === undefined ? {} : { ukm: nonce }),
  });
}

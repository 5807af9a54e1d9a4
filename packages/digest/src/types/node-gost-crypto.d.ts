// The library ships no types; this declares the part of its engine we use.
declare module 'node-gost-crypto' {
  interface GostDigestAlgorithm {
    name: 'GOST R 34.11';
    version: 2012;
    length: 256 | 512;
  }
  interface GostSignAlgorithm {
    name: 'GOST R 34.10';
    version: 2012;
    length: 256;
    mode: 'SIGN';
    namedCurve: string;
    procreator: 'CP';
    /** without a hash, the data given to sign/verify is taken as the hash value itself */
    hash?: GostDigestAlgorithm;
    /** a fixed random k, for known-answer tests only */
    ukm?: Uint8Array;
  }
  interface GostDigest {
    digest(data: Uint8Array): ArrayBuffer;
  }
  interface GostSign {
    generateKey(): { privateKey: ArrayBuffer; publicKey: ArrayBuffer };
    sign(privateKey: Uint8Array, data: Uint8Array): ArrayBuffer;
    verify(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): boolean;
  }
  const gostEngine: {
    getGostDigest(algorithm: GostDigestAlgorithm): GostDigest;
    getGostSign(algorithm: GostSignAlgorithm): GostSign;
  };
  const library: { gostEngine: typeof gostEngine };
  export default library;
}

// The second GOST implementation ships no types; this declares what the tests use.
declare module '@wavesenterprise/crypto-gost-js' {
  export interface GostSign {
    sign(privateKey: Uint8Array, data: Uint8Array): ArrayBuffer;
    verify(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): boolean;
  }
  interface GostDigest {
    digest(data: Uint8Array): ArrayBuffer;
  }
  const library: {
    GostEngine: {
      getGostSign(algorithm: object): GostSign;
      getGostDigest(algorithm: object): GostDigest;
    };
  };
  export default library;
}

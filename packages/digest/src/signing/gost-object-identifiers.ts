/** Object identifiers of the GOST algorithms used in keys, certificates and CMS (RFC 9215). */
export const GOST_OID = {
  /** id-tc26-gost3410-12-256: the public-key algorithm */
  publicKey256: '1.2.643.7.1.1.1.1',
  /** id-tc26-gost3411-12-256: Streebog-256 */
  streebog256: '1.2.643.7.1.1.2.2',
  /** id-tc26-signwithdigest-gost3410-12-256 */
  signWithStreebog256: '1.2.643.7.1.1.3.2',
  /** id-GostR3410-2001-CryptoPro-A-ParamSet: CryptoPro curve A */
  cryptoProCurveA: '1.2.643.2.2.35.1',
} as const;

/** Object identifiers of CMS (RFC 5652) and X.509 attributes. */
export const CMS_OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  commonName: '2.5.4.3',
} as const;

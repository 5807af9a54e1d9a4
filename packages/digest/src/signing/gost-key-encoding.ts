import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { GOST_OID } from './gost-object-identifiers.js';

/** The key algorithm of a GOST R 34.10-2012 (256-bit) key on CryptoPro curve A with Streebog-256. */
export function gostKeyAlgorithm(): AlgorithmIdentifier {
  const parameters = new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: GOST_OID.cryptoProCurveA }),
      new asn1js.ObjectIdentifier({ value: GOST_OID.streebog256 }),
    ],
  });
  return new AlgorithmIdentifier({
    algorithm: GOST_OID.publicKey256,
    parameters: parameters.toBER(),
  });
}

/**
 * Throws unless `algorithm` is the one {@link gostKeyAlgorithm} writes: other
 * curves would be read with the wrong parameters and fail in obscure ways.
 */
export function assertGostKeyAlgorithm(algorithm: AlgorithmIdentifier, what: string): void {
  if (algorithm.algorithm !== GOST_OID.publicKey256) {
    throw new Error(`${what}: unsupported key algorithm ${algorithm.algorithm}`);
  }
  const parameters = algorithm.parameters ? asn1js.fromBER(algorithm.parameters).result : undefined;
  const curve = parameters instanceof asn1js.Sequence ? parameters.valueBlock.value[0] : undefined;
  if (
    !(curve instanceof asn1js.ObjectIdentifier) ||
    curve.getValue() !== GOST_OID.cryptoProCurveA
  ) {
    throw new Error(
      `${what}: only GOST keys on CryptoPro curve A (${GOST_OID.cryptoProCurveA}) are supported`,
    );
  }
}

/** DER of an OCTET STRING holding `bytes`: how GOST keys sit inside their containers. */
export function octetStringDer(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(new OctetString(bytes)));
}

/** The bytes inside the DER OCTET STRING `der`. */
export function octetStringContent(der: ArrayBuffer | Uint8Array): Uint8Array {
  return new Uint8Array(AsnConvert.parse(der, OctetString).buffer);
}

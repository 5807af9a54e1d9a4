import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  Certificate,
  Extension,
  Extensions,
  id_ce_keyUsage,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { bytesToHex, hexToBytes } from './bytes.js';
import {
  assertGostKeyAlgorithm,
  gostKeyAlgorithm,
  octetStringContent,
  octetStringDer,
} from './gost-key-encoding.js';
import { CMS_OID, GOST_OID } from './gost-object-identifiers.js';
import { assertGostPublicKey, type GostKeyPair, gostSign, gostVerify } from './gost-primitives.js';
import { fromPem, toPem } from './pem.js';
import { streebog256 } from './streebog.js';

const PEM_LABEL = 'CERTIFICATE';
const PUBLIC_KEY_BYTES = 64;
const SERIAL_BYTES = 16;
const DAY_MS = 86_400_000;

/** What goes into a self-signed test certificate. */
export interface SelfSignedCertificateOptions {
  /** subject and issuer common name; default `devportal test signer` */
  commonName?: string;
  /** start of validity; default now */
  notBefore?: Date;
  /** days of validity; default 365 */
  validDays?: number;
  /**
   * serial number, hex, 1–20 bytes with the high bit of the first byte clear
   * (a positive DER INTEGER); default 16 random bytes
   */
  serialNumber?: string;
}

/** A parsed GOST certificate: what verification needs from it. */
export interface GostCertificate {
  /** the certificate's DER bytes */
  der: Uint8Array;
  /** the parsed structure (issuer, serial number, validity…) */
  certificate: Certificate;
  /** the subject's public key, 64 bytes (x‖y, little-endian) */
  publicKey: Uint8Array;
}

/** A self-signed GOST R 34.10-2012 (256-bit) certificate for `keyPair`, as DER. */
export function createSelfSignedCertificate(
  keyPair: GostKeyPair,
  options: SelfSignedCertificateOptions = {},
): Uint8Array {
  const name = new Name([
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({
        type: CMS_OID.commonName,
        value: new AttributeValue({ utf8String: options.commonName ?? 'devportal test signer' }),
      }),
    ]),
  ]);
  const notBefore = options.notBefore ?? new Date();
  const signatureAlgorithm = new AlgorithmIdentifier({ algorithm: GOST_OID.signWithStreebog256 });
  const keyUsage = new KeyUsage(KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation);
  const tbsCertificate = new TBSCertificate({
    version: Version.v3,
    serialNumber:
      options.serialNumber === undefined
        ? positiveSerialNumber()
        : serialNumberFromHex(options.serialNumber),
    signature: signatureAlgorithm,
    issuer: name,
    subject: name,
    validity: new Validity({
      notBefore,
      notAfter: new Date(notBefore.getTime() + (options.validDays ?? 365) * DAY_MS),
    }),
    subjectPublicKeyInfo: new SubjectPublicKeyInfo({
      algorithm: gostKeyAlgorithm(),
      subjectPublicKey: octetStringDer(keyPair.publicKey).slice().buffer,
    }),
    extensions: new Extensions([
      new Extension({
        extnID: id_ce_keyUsage,
        critical: true,
        extnValue: new OctetString(AsnConvert.serialize(keyUsage)),
      }),
    ]),
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbsCertificate));
  const certificate = new Certificate({
    tbsCertificate,
    signatureAlgorithm,
    signatureValue: gostSign(keyPair.privateKey, tbsDer).slice().buffer,
  });
  return new Uint8Array(AsnConvert.serialize(certificate));
}

/**
 * Reads a GOST certificate from DER.
 *
 * @throws {Error} when it is not a GOST R 34.10-2012 (256-bit, CryptoPro curve A) certificate,
 *   or its public key is not a point of that curve
 */
export function readGostCertificate(der: Uint8Array): GostCertificate {
  let certificate: Certificate;
  try {
    certificate = AsnConvert.parse(der, Certificate);
  } catch {
    throw new Error('certificate: not a DER-encoded X.509 certificate');
  }
  const { algorithm, subjectPublicKey } = certificate.tbsCertificate.subjectPublicKeyInfo;
  assertGostKeyAlgorithm(algorithm, 'certificate');
  const publicKey = octetStringContent(subjectPublicKey);
  if (publicKey.byteLength !== PUBLIC_KEY_BYTES) {
    throw new Error(`certificate: expected a ${PUBLIC_KEY_BYTES}-byte public key`);
  }
  try {
    assertGostPublicKey(publicKey);
  } catch (error) {
    throw new Error(`certificate: ${(error as Error).message}`);
  }
  return { der, certificate, publicKey };
}

/** Whether a self-signed certificate's signature verifies with its own key. */
export function isSelfSignatureValid(parsed: GostCertificate): boolean {
  const { certificate } = parsed;
  if (!certificate.tbsCertificateRaw) return false;
  return gostVerify(
    parsed.publicKey,
    new Uint8Array(certificate.signatureValue),
    new Uint8Array(certificate.tbsCertificateRaw),
  );
}

/** A certificate's DER as PEM. */
export function certificateToPem(der: Uint8Array): string {
  return toPem(PEM_LABEL, der);
}

/** A certificate's DER from PEM. */
export function certificateFromPem(pem: string): Uint8Array {
  return fromPem(PEM_LABEL, pem);
}

/**
 * A stable UUID naming a certificate, derived from its Streebog-256 fingerprint
 * (RFC 9562 version 8 layout). The bank assigns its own certificate UUIDs
 * (`GET /v1/crypto`); this one lets tests and the sandbox name a self-made
 * certificate without keeping a register.
 *
 * @example
 * ```ts
 * certificateUuidOf(certificateFromPem(pem)); // e.g. '3f1c…-…'
 * ```
 */
export function certificateUuidOf(der: Uint8Array): string {
  const bytes = streebog256(der).slice(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

// A first byte of 00 would be a non-minimal DER INTEGER; 80 and above a negative one.
const SERIAL_NUMBER_HEX = /^(?!00)[0-7][0-9a-f](?:[0-9a-f]{2}){0,19}$/i;

function serialNumberFromHex(hex: string): ArrayBuffer {
  if (!SERIAL_NUMBER_HEX.test(hex)) {
    throw new RangeError(
      'serialNumber: expected 1 to 20 bytes of hex with the first byte from 01 to 7f',
    );
  }
  return new Uint8Array(hexToBytes(hex)).buffer;
}

function positiveSerialNumber(): ArrayBuffer {
  const serial = crypto.getRandomValues(new Uint8Array(SERIAL_BYTES));
  // A leading zero bit keeps the DER INTEGER positive; a set bit below keeps it 16 bytes long.
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x40;
  return serial.buffer;
}

import {
  Attribute,
  CertificateChoices,
  CertificateSet,
  CMSVersion,
  ContentInfo,
  DigestAlgorithmIdentifiers,
  EncapsulatedContentInfo,
  IssuerAndSerialNumber,
  SignedData,
  SignerIdentifier,
  SignerInfo,
  SignerInfos,
} from '@peculiar/asn1-cms';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, type Certificate } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { compareBytes } from './bytes.js';
import { type GostCertificate, readGostCertificate } from './gost-certificate.js';
import { CMS_OID, GOST_OID } from './gost-object-identifiers.js';
import { gostSign, gostVerify } from './gost-primitives.js';
import type { SignatureCheck } from './signature-check.js';
import { streebog256 } from './streebog.js';

const SET_TAG = 0x31;

/** What signs a CMS: the private key and the certificate that goes with it. */
export interface CmsSigningMaterial {
  privateKey: Uint8Array;
  certificate: GostCertificate;
}

/**
 * A detached CMS SignedData (RFC 5652) over `content`: the content itself is
 * left out, the signer's certificate is included, and the signed attributes
 * (content type, signing time, Streebog-256 message digest) are what the GOST
 * signature covers, as CryptoPro and the bank's clients do.
 */
export function createDetachedCms(
  content: Uint8Array,
  material: CmsSigningMaterial,
  signingTime: Date,
): Uint8Array {
  const { tbsCertificate } = material.certificate.certificate;
  const signedAttributes = inDerSetOrder([
    attribute(CMS_OID.contentType, new asn1js.ObjectIdentifier({ value: CMS_OID.data })),
    attribute(CMS_OID.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
    attribute(CMS_OID.messageDigest, new asn1js.OctetString({ valueHex: streebog256(content) })),
  ]);
  const signerInfo = new SignerInfo({
    version: CMSVersion.v1,
    sid: new SignerIdentifier({
      issuerAndSerialNumber: new IssuerAndSerialNumber({
        issuer: tbsCertificate.issuer,
        serialNumber: tbsCertificate.serialNumber,
      }),
    }),
    digestAlgorithm: new AlgorithmIdentifier({ algorithm: GOST_OID.streebog256 }),
    signedAttrs: signedAttributes,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: GOST_OID.publicKey256 }),
    signature: new OctetString(
      gostSign(material.privateKey, derSetOf(signedAttributes.map(attributeDer))),
    ),
  });
  const signedData = new SignedData({
    version: CMSVersion.v1,
    digestAlgorithms: new DigestAlgorithmIdentifiers([
      new AlgorithmIdentifier({ algorithm: GOST_OID.streebog256 }),
    ]),
    encapContentInfo: new EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
    certificates: new CertificateSet([
      new CertificateChoices({ certificate: material.certificate.certificate }),
    ]),
    signerInfos: new SignerInfos([signerInfo]),
  });
  const contentInfo = new ContentInfo({
    contentType: CMS_OID.signedData,
    content: AsnConvert.serialize(signedData),
  });
  return new Uint8Array(AsnConvert.serialize(contentInfo));
}

/**
 * Verifies a detached CMS SignedData over `content`. The signer's certificate
 * is `trusted` when given (the one registered for the certificate UUID), and
 * must then be the one the CMS carries, if it carries one; otherwise the
 * certificate inside the CMS is used, which proves integrity, not identity.
 */
export function verifyDetachedCms(
  content: Uint8Array,
  cms: Uint8Array,
  trusted?: GostCertificate,
): SignatureCheck {
  let signedData: SignedData;
  try {
    const contentInfo = AsnConvert.parse(cms, ContentInfo);
    if (contentInfo.contentType !== CMS_OID.signedData) {
      return malformed(`expected CMS SignedData, got content type ${contentInfo.contentType}`);
    }
    signedData = AsnConvert.parse(contentInfo.content, SignedData);
  } catch {
    return malformed('not a DER-encoded CMS ContentInfo');
  }
  if (signedData.encapContentInfo.eContent) {
    return malformed('expected a detached signature, but the CMS embeds its content');
  }
  const [signerInfo, ...others] = signedData.signerInfos;
  if (!signerInfo || others.length > 0) {
    return malformed('expected exactly one signer');
  }
  if (signerInfo.digestAlgorithm.algorithm !== GOST_OID.streebog256) {
    return unsupported(`digest algorithm ${signerInfo.digestAlgorithm.algorithm}`);
  }
  const signatureAlgorithm = signerInfo.signatureAlgorithm.algorithm;
  if (
    signatureAlgorithm !== GOST_OID.publicKey256 &&
    signatureAlgorithm !== GOST_OID.signWithStreebog256
  ) {
    return unsupported(`signature algorithm ${signatureAlgorithm}`);
  }

  const embedded = embeddedSignerCertificate(signedData, signerInfo);
  const embeddedDer = embedded && new Uint8Array(AsnConvert.serialize(embedded));
  if (trusted && embeddedDer && !sameBytes(trusted.der, embeddedDer)) {
    return {
      valid: false,
      reason: 'certificate-mismatch',
      message: 'the CMS carries a different certificate than the one registered for the signer',
    };
  }
  if (!trusted && !embeddedDer) {
    return {
      valid: false,
      reason: 'certificate-missing',
      message: 'the CMS carries no signer certificate and none was given',
    };
  }
  let signer: GostCertificate;
  try {
    signer = trusted ?? readGostCertificate(embeddedDer as Uint8Array);
  } catch (error) {
    return { valid: false, reason: 'certificate-unusable', message: (error as Error).message };
  }

  const signature = new Uint8Array(signerInfo.signature.buffer);
  if (!signerInfo.signedAttrs) {
    return checked(gostVerify(signer.publicKey, signature, content), signer);
  }
  const messageDigest = attributeValue(signerInfo.signedAttrs, CMS_OID.messageDigest);
  const expectedDigest = streebog256(content);
  if (!messageDigest || !sameBytes(octetStringValue(messageDigest), expectedDigest)) {
    return {
      valid: false,
      reason: 'content-mismatch',
      message: 'the signed message digest is not the Streebog-256 hash of this digest text',
    };
  }
  return checked(gostVerify(signer.publicKey, signature, signedAttributesDer(signerInfo)), signer);
}

function checked(valid: boolean, signer: GostCertificate): SignatureCheck {
  return valid
    ? { valid: true, certificate: signer.der }
    : {
        valid: false,
        reason: 'signature-mismatch',
        message: 'the signature does not verify with the signer key',
      };
}

function malformed(message: string): SignatureCheck {
  return { valid: false, reason: 'malformed-signature', message };
}

function unsupported(what: string): SignatureCheck {
  return { valid: false, reason: 'unsupported-algorithm', message: `unsupported ${what}` };
}

function attribute(type: string, value: asn1js.BaseBlock): Attribute {
  return new Attribute({ attrType: type, attrValues: [value.toBER()] });
}

function attributeDer(value: Attribute): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(value));
}

/** DER orders the members of a SET OF by their encodings (X.690 11.6). */
function inDerSetOrder(attributes: Attribute[]): Attribute[] {
  return attributes
    .map((value) => ({ value, der: attributeDer(value) }))
    .sort((left, right) => compareBytes(left.der, right.der))
    .map(({ value }) => value);
}

function derSetOf(members: Uint8Array[]): Uint8Array {
  const set = new asn1js.Set({ value: members.map((member) => asn1js.fromBER(member).result) });
  return new Uint8Array(set.toBER());
}

/**
 * The signed attributes as the signer hashed them: the bytes received, with
 * the [0] IMPLICIT tag put back to SET (RFC 5652 5.4), so that a signer whose
 * SET is not in DER order still verifies.
 */
function signedAttributesDer(signerInfo: SignerInfo): Uint8Array {
  if (signerInfo.signedAttrsRaw) {
    const raw = new Uint8Array(signerInfo.signedAttrsRaw).slice();
    raw[0] = SET_TAG;
    return raw;
  }
  return derSetOf((signerInfo.signedAttrs ?? []).map(attributeDer));
}

function attributeValue(attributes: Attribute[], type: string): ArrayBuffer | undefined {
  return attributes.find((candidate) => candidate.attrType === type)?.attrValues[0];
}

function octetStringValue(der: ArrayBuffer): Uint8Array {
  const parsed = asn1js.fromBER(der).result;
  return parsed instanceof asn1js.OctetString
    ? new Uint8Array(parsed.valueBlock.valueHexView)
    : new Uint8Array();
}

function embeddedSignerCertificate(
  signedData: SignedData,
  signerInfo: SignerInfo,
): Certificate | undefined {
  const wanted = signerInfo.sid.issuerAndSerialNumber;
  const certificates = (signedData.certificates ?? []).flatMap((choice) =>
    choice.certificate ? [choice.certificate] : [],
  );
  if (!wanted) return certificates[0];
  return certificates.find((certificate) =>
    sameBytes(
      new Uint8Array(certificate.tbsCertificate.serialNumber),
      new Uint8Array(wanted.serialNumber),
    ),
  );
}

function sameBytes(left: Uint8Array, right: Uint8Array): boolean {
  return compareBytes(left, right) === 0;
}

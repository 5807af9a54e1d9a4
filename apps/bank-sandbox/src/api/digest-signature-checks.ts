import {
  checkSignatureSet,
  type GostWorkerPool,
  RAW_SIGNATURE_BYTES,
  type SignatureAuthority,
  type SignatureFormat,
  verifyDigestSignature,
} from '@devportal/digest';
import type { DigestSignature, FaultCheck, SignAuthority } from '@devportal/sber-client/contract';
import type { CertificateRegistry, RegisteredCertificate } from '../crypto/certificate-registry.js';
import {
  SIGNATURE_CHECK_MESSAGES,
  SIGNATURE_FAILURE_MESSAGES,
  SIGNATURE_SET_MESSAGES,
} from './signature-check-messages.js';

/** A signature the bank accepted and stores with the document: both fields present. */
export type AcceptedSignature = Required<DigestSignature>;

/** Whether a non-empty set of signatures is accepted; if not, the WORKFLOW_FAULT's checks. */
export type SignatureSetOutcome =
  | { accepted: true; signatures: AcceptedSignature[] }
  | { accepted: false; checks: FaultCheck[] };

/** What checking signatures needs: the certificates, and the threads that verify. */
export interface SignatureCheckDependencies {
  certificates: CertificateRegistry;
  pool: GostWorkerPool;
}

/** The bank's signing authorities in the digest's words. */
const AUTHORITY = {
  SINGLE: 'single',
  FIRST: 'first',
  SECOND: 'second',
} as const satisfies Record<SignAuthority, SignatureAuthority>;

const at = (index: number) => `digestSignatures[${index}]`;

/**
 * Checks a document's signatures over its digest as the bank does, the cheap checks first and
 * stopping at the first stage that finds a fault, so GOST verification (tens of milliseconds a
 * signature, on the worker pool) runs only for a set that could be accepted:
 *
 * 1. each signature names a certificate of the organisation, valid now;
 * 2. the set is one single signature, or a first and a second (`checkSignatureSet`);
 * 3. each signature verifies over the digest with its certificate's key (all in parallel).
 *
 * A signature of 64 bytes is a raw GOST R 34.10-2012 signature; anything else is read as a
 * detached CMS, which must carry the registered certificate.
 */
export async function checkDigestSignatures(
  deps: SignatureCheckDependencies,
  request: {
    organizationId: string;
    /** the canonical digest text of the document */
    digest: string;
    signatures: readonly DigestSignature[];
    now: number;
  },
): Promise<SignatureSetOutcome> {
  const checks: FaultCheck[] = [];
  const resolved: { signature: AcceptedSignature; certificate: RegisteredCertificate }[] = [];
  request.signatures.forEach(({ base64Encoded, certificateUuid }, index) => {
    if (!base64Encoded || !certificateUuid) {
      checks.push(error(SIGNATURE_CHECK_MESSAGES.missingValue, [at(index)]));
      return;
    }
    const certificate = deps.certificates.find(request.organizationId, certificateUuid);
    if (!certificate) {
      checks.push(
        error(SIGNATURE_CHECK_MESSAGES.unknownCertificate, [`${at(index)}.certificateUuid`]),
      );
      return;
    }
    const { activeFrom, activeTo } = certificate.info;
    if (Date.parse(activeFrom) > request.now || Date.parse(activeTo) < request.now) {
      checks.push(
        error(SIGNATURE_CHECK_MESSAGES.certificateNotValidNow, [`${at(index)}.certificateUuid`]),
      );
    }
    resolved.push({ signature: { base64Encoded, certificateUuid }, certificate });
  });
  if (checks.length > 0) return { accepted: false, checks };

  const set = checkSignatureSet(
    resolved.map(({ certificate }) => ({ authority: AUTHORITY[certificate.info.signAuthority] })),
  );
  if (!set.ok) {
    return {
      accepted: false,
      checks: [error(SIGNATURE_SET_MESSAGES[set.reason], set.positions.map(at))],
    };
  }

  const verdicts = await Promise.all(
    resolved.map(async ({ signature, certificate }) =>
      verifyDigestSignature(
        {
          text: request.digest,
          base64Encoded: signature.base64Encoded,
          format: formatOf(signature.base64Encoded),
          certificate: await deps.certificates.der(certificate.info.uuid),
        },
        deps.pool,
      ),
    ),
  );
  verdicts.forEach((verdict, index) => {
    if (!verdict.valid) {
      checks.push(
        error(`${SIGNATURE_FAILURE_MESSAGES[verdict.reason]} (${verdict.message})`, [at(index)]),
      );
    }
  });
  if (checks.length > 0) return { accepted: false, checks };
  return { accepted: true, signatures: resolved.map(({ signature }) => signature) };
}

function formatOf(base64Encoded: string): SignatureFormat {
  return Buffer.byteLength(base64Encoded, 'base64') === RAW_SIGNATURE_BYTES ? 'raw' : 'cms';
}

function error(message: string, fields: string[]): FaultCheck {
  return { level: 'ERROR', message, fields };
}

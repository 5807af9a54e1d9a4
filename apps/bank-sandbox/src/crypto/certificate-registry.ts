import { X509Certificate } from 'node:crypto';
import {
  certificateFromPem,
  certificateUuidOf,
  type GostCredentials,
  type GostWorkerPool,
  readGostCertificate,
} from '@devportal/digest';
import type { SignAuthority } from '@devportal/sber-client/contract';
import type { Certificate, Organization, User } from '../model.js';

const DAY_MS = 86_400_000;

/** A certificate of a crypto profile and whose it is. */
export interface RegisteredCertificate {
  info: Certificate;
  organization: Organization;
  owner: User;
}

/** A certificate made outside the sandbox, to add to a user's crypto profile. */
export interface CertificateRegistration {
  /** a GOST R 34.10-2012 (256-bit) X.509 certificate, PEM */
  certificatePem: string;
  signAuthority: SignAuthority;
  /** the bank's UUID for it; default `certificateUuidOf` the certificate */
  uuid?: string;
}

interface Entry extends RegisteredCertificate {
  der(): Promise<Uint8Array>;
  /** present for the certificates the sandbox made itself, whose private key it holds */
  testCredentials?: () => Promise<GostCredentials>;
}

/**
 * The bank's register of signing certificates: for each certificate UUID, the user and
 * organisation it belongs to, its signing authority and the certificate itself.
 *
 * Seeded users' certificates get a fresh GOST key pair and a self-signed certificate carrying the
 * seeded serial number and validity, made on the worker pool the first time something needs them
 * (a signature to verify, `GET /v1/crypto`, the test credentials), so starting the sandbox costs
 * no key generation. The keys therefore change on every start.
 */
export class CertificateRegistry {
  readonly #entries = new Map<string, Entry>();
  readonly #pool: GostWorkerPool;

  constructor(organizations: readonly Organization[], pool: GostWorkerPool) {
    this.#pool = pool;
    for (const organization of organizations) {
      for (const owner of organization.users) {
        for (const info of owner.certificates) this.#enrolSeeded({ info, organization, owner });
      }
    }
  }

  /** The organisation's certificate with this UUID; another organisation's certificates are unknown. */
  find(organizationId: string, uuid: string): RegisteredCertificate | undefined {
    const entry = this.#entries.get(uuid.toLowerCase());
    return entry?.organization.id === organizationId ? entry : undefined;
  }

  /** The DER of a registered certificate. */
  der(uuid: string): Promise<Uint8Array> {
    return this.#entry(uuid).der();
  }

  /** The key and certificate of a certificate the sandbox made; `undefined` for one added from outside. */
  testCredentials(uuid: string): Promise<GostCredentials> | undefined {
    return this.#entry(uuid).testCredentials?.();
  }

  /**
   * Adds a certificate made elsewhere to a user's crypto profile, its serial number, subject and
   * validity read from the certificate.
   *
   * @throws {Error} when it is not a GOST R 34.10-2012 (256-bit) certificate, or its UUID is taken
   */
  register(
    organization: Organization,
    owner: User,
    registration: CertificateRegistration,
  ): Certificate {
    const der = certificateFromPem(registration.certificatePem);
    readGostCertificate(der);
    const x509 = new X509Certificate(der);
    const info: Certificate = {
      uuid: (registration.uuid ?? certificateUuidOf(der)).toLowerCase(),
      serialNumber: x509.serialNumber.toLowerCase(),
      subject: x509.subject.replaceAll('\n', ', '),
      activeFrom: new Date(x509.validFrom).toISOString(),
      activeTo: new Date(x509.validTo).toISOString(),
      signAuthority: registration.signAuthority,
    };
    if (this.#entries.has(info.uuid)) throw new Error(`Certificate ${info.uuid} is registered`);
    this.#entries.set(info.uuid, {
      info,
      organization,
      owner,
      der: () => Promise.resolve(der),
    });
    owner.certificates.push(info);
    return info;
  }

  #entry(uuid: string): Entry {
    const entry = this.#entries.get(uuid.toLowerCase());
    if (!entry) throw new Error(`Unknown certificate ${uuid}`);
    return entry;
  }

  #enrolSeeded(certificate: RegisteredCertificate): void {
    const { info, owner } = certificate;
    const activeFrom = Date.parse(info.activeFrom);
    const testCredentials = once(() =>
      this.#pool.createCredentials({
        commonName: owner.fullName,
        notBefore: new Date(activeFrom),
        validDays: Math.round((Date.parse(info.activeTo) - activeFrom) / DAY_MS),
        serialNumber: info.serialNumber,
      }),
    );
    this.#entries.set(info.uuid, {
      ...certificate,
      testCredentials,
      der: async () => certificateFromPem((await testCredentials()).certificatePem),
    });
  }
}

/** Memoizes an asynchronous value; a failure is not kept, so the next call tries again. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= make().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

import type { SignAuthority } from '@devportal/sber-client/contract';
import type { Organization } from '../model.js';
import type { CertificateRegistry } from './certificate-registry.js';

/**
 * A seeded user's test signing identity: everything a `SoftwareGostSigner` of `@devportal/digest`
 * needs to sign as that user in this sandbox. The key is a throwaway test key, made for this
 * start of the sandbox only.
 */
export interface TestSigningCredentials {
  organizationId: string;
  userId: string;
  login: string;
  /** the UUID to send as `certificateUuid` (as `GET /v1/crypto` lists it) */
  certificateUuid: string;
  signAuthority: SignAuthority;
  /** unencrypted PKCS#8 PEM: keep it out of logs */
  privateKeyPem: string;
  /** the self-signed X.509 certificate, PEM */
  certificatePem: string;
}

/**
 * The test credentials of a seeded user named by id or login; `undefined` for an unknown user or
 * one without a certificate the sandbox made (an empty crypto profile).
 */
export async function findTestSigningCredentials(
  organizations: readonly Organization[],
  certificates: CertificateRegistry,
  userIdOrLogin: string,
): Promise<TestSigningCredentials | undefined> {
  for (const organization of organizations) {
    const user = organization.users.find(
      (candidate) => candidate.id === userIdOrLogin || candidate.login === userIdOrLogin,
    );
    if (!user) continue;
    for (const info of user.certificates) {
      const made = certificates.testCredentials(info.uuid);
      if (!made) continue;
      const { privateKeyPem, certificatePem } = await made;
      return {
        organizationId: organization.id,
        userId: user.id,
        login: user.login,
        certificateUuid: info.uuid,
        signAuthority: info.signAuthority,
        privateKeyPem,
        certificatePem,
      };
    }
    return undefined;
  }
  return undefined;
}

import { readFileSync } from 'node:fs';
import type { SberTlsOptions } from '@devportal/sber-client';
import { requiredVariable } from '../environment.js';
import type { EnvironmentSecrets } from './environment-secrets.js';

/** The JSON of the certificate secret (`SBER_CLIENT_CERTIFICATE_SECRET_ARN`), PEM strings. */
interface CertificateSecret {
  readonly certificate: string;
  readonly privateKey: string;
  readonly ca?: string;
}

/**
 * The client certificate the bank requires on port 9443 (mutual TLS): PEM files
 * (`SBER_CLIENT_CERT_FILE`, `SBER_CLIENT_KEY_FILE`, optional `SBER_CA_FILE`; the local stack), else
 * the JSON secret `{certificate, privateKey, ca?}` whose ARN is `SBER_CLIENT_CERTIFICATE_SECRET_ARN`
 * (AWS); `undefined` when neither is set.
 */
export async function clientCertificateFromEnvironment(
  secrets: EnvironmentSecrets,
): Promise<SberTlsOptions | undefined> {
  const env = secrets.env;
  const certFile = env.SBER_CLIENT_CERT_FILE;
  if (certFile !== undefined && certFile !== '') {
    const caFile = env.SBER_CA_FILE;
    return {
      cert: readFileSync(certFile),
      key: readFileSync(requiredVariable(env, 'SBER_CLIENT_KEY_FILE')),
      ...(caFile && { ca: readFileSync(caFile) }),
    };
  }
  const json = await secrets.optional({ arn: 'SBER_CLIENT_CERTIFICATE_SECRET_ARN' });
  if (json === undefined) return undefined;
  const { certificate, privateKey, ca } = certificateSecretOf(json);
  return { cert: certificate, key: privateKey, ...(ca && { ca }) };
}

function certificateSecretOf(json: string): CertificateSecret {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // Not the parser's message: it may quote the secret.
    throw new Error('The client certificate secret is not JSON {certificate, privateKey, ca?}');
  }
  const { certificate, privateKey, ca } = (parsed ?? {}) as Partial<Record<string, unknown>>;
  if (
    typeof certificate !== 'string' ||
    typeof privateKey !== 'string' ||
    (ca !== undefined && typeof ca !== 'string')
  ) {
    throw new Error('The client certificate secret needs string fields certificate and privateKey');
  }
  return { certificate, privateKey, ...(typeof ca === 'string' && { ca }) };
}

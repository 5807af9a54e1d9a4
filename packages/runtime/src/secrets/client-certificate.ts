import { readFileSync } from 'node:fs';
import type { SberTlsOptions } from '@devportal/sber-client';
import { optionalVariable, requiredVariable } from '../environment.js';
import { ENVIRONMENT } from '../environment-variables.js';
import type { EnvironmentSecrets } from './environment-secrets.js';

/** The JSON of the certificate secret, PEM strings. */
interface CertificateSecret {
  readonly certificate: string;
  readonly privateKey: string;
  readonly ca?: string;
}

/**
 * The client certificate the bank requires on port 9443 (mutual TLS): PEM files (the certificate,
 * its key and optionally a CA; the local stack), else the JSON secret `{certificate, privateKey,
 * ca?}` by ARN (AWS); `undefined` when neither is set.
 */
export async function clientCertificateFromEnvironment(
  secrets: EnvironmentSecrets,
): Promise<SberTlsOptions | undefined> {
  const env = secrets.env;
  const certFile = optionalVariable(env, ENVIRONMENT.sberClientCertFile);
  if (certFile !== undefined) {
    const caFile = optionalVariable(env, ENVIRONMENT.sberCaFile);
    return {
      cert: readFileSync(certFile),
      key: readFileSync(requiredVariable(env, ENVIRONMENT.sberClientKeyFile)),
      ...(caFile && { ca: readFileSync(caFile) }),
    };
  }
  const json = await secrets.optional({ arn: ENVIRONMENT.sberClientCertificateSecretArn });
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

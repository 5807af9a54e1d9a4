import { type MutualTlsBank, startMutualTlsBank } from '@devportal/test-support/mutual-tls-bank';
import type { LifecycleWorldOptions } from '../../src/index.js';

/** A production bank: a sandbox that requires the client certificate, and that certificate. */
export interface ProductionBank extends MutualTlsBank {
  /** The world's `production` option for this bank. */
  readonly option: NonNullable<LifecycleWorldOptions['production']>;
}

export async function startProductionBank(): Promise<ProductionBank> {
  const { bank, certificates } = await startMutualTlsBank();
  return {
    bank,
    certificates,
    option: {
      bank,
      clientCertificate: {
        certificate: certificates.clientCert,
        privateKey: certificates.clientKey,
        ca: certificates.caCert,
      },
    },
  };
}

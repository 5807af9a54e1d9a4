import {
  type BusinessCardLimitChange,
  type GostWorkerPool,
  SoftwareGostSigner,
  signLimitChange,
} from '@devportal/digest';
import type { BankSandbox } from '../../src/index.js';

/**
 * Signers for a sandbox's seeded users, from `sandbox.signingCredentials`, each made once and
 * signing on `pool`.
 */
export function sandboxSigners(sandbox: BankSandbox, pool: GostWorkerPool) {
  const signers = new Map<string, Promise<SoftwareGostSigner>>();
  const signerOf = (login: string): Promise<SoftwareGostSigner> => {
    let signer = signers.get(login);
    if (!signer) {
      signer = sandbox
        .signingCredentials(login)
        .then((credentials) => new SoftwareGostSigner({ ...credentials, pool }));
      signers.set(login, signer);
    }
    return signer;
  };
  return {
    signerOf,
    /** the change with its digest signed by these users, in this order */
    async sign<TChange extends BusinessCardLimitChange>(change: TChange, ...logins: string[]) {
      return signLimitChange(change, await Promise.all(logins.map(signerOf)));
    },
  };
}

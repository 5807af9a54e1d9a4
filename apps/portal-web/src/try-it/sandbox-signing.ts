import {
  type BusinessCardLimitChange,
  InlineGostSigner,
  limitChangeDigest,
  signLimitChange,
} from '@devportal/digest/browser';
import type { RuntimeConfig } from '../config/runtime-config.js';
import type { GatewayToken } from './gateway-calls.js';
import { sandboxResourceUrl } from './sandbox-users.js';

/** The sandbox user's test credentials as the gateway hands them to a sandbox plan. */
interface TestSigningCredentials {
  readonly login?: string;
  readonly signAuthority?: string;
  readonly certificateUuid: string;
  readonly privateKeyPem: string;
  readonly certificatePem: string;
}

/** A limit change signed in the page, with who signed and what. */
export interface PageSignature {
  readonly signed: BusinessCardLimitChange;
  readonly digest: string;
  readonly login: string;
  readonly authority: string;
  readonly certificateUuid: string;
}

/**
 * Signs a limit change in the page with the sandbox contour's test key: the gateway hands the
 * chosen seeded sandbox user's key and certificate (the default user's when none is chosen) to a
 * sandbox plan's token (`GET /cards/sandbox/test-signing-credentials?user=…`, beside the API's
 * base), the digest and the GOST signature are made here. The key lives in this call only.
 */
export async function signWithSandboxKey(
  gateway: RuntimeConfig['gateway'],
  token: GatewayToken,
  change: BusinessCardLimitChange,
  sandboxUser: string | undefined,
): Promise<PageSignature | { refusedWith: string }> {
  const url = sandboxResourceUrl(gateway, 'test-signing-credentials');
  if (sandboxUser !== undefined) url.searchParams.set('user', sandboxUser);
  const answer = await fetch(url, { headers: { authorization: `Bearer ${token.accessToken}` } });
  if (!answer.ok) return { refusedWith: `${answer.status} ${answer.statusText}` };
  const credentials = (await answer.json()) as TestSigningCredentials;
  const signer = new InlineGostSigner(credentials);
  return {
    signed: await signLimitChange(change, [signer]),
    digest: limitChangeDigest(change),
    login: credentials.login ?? '',
    authority: credentials.signAuthority ?? '',
    certificateUuid: signer.certificateUuid,
  };
}

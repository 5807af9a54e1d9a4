import { json } from '../http/response.js';
import type { SandboxOnlyRoute } from '../http/server.js';
import type { Organization } from '../model.js';
import type { CertificateRegistry } from './certificate-registry.js';
import { findTestSigningCredentials } from './test-signing-credentials.js';

/** Where a separately started sandbox publishes its seeded users' test keys. Not a bank path. */
export const TEST_CREDENTIALS_PATH = '/sandbox/users/{user}/test-credentials';

/**
 * `GET /sandbox/users/{user}/test-credentials` (`user`: an id or a login): a seeded user's test
 * private key and certificate, so a demo can sign as that user. Sandbox-only and test-only: the
 * bank never hands out keys.
 */
export function testCredentialsRoute(
  organizations: readonly Organization[],
  certificates: CertificateRegistry,
): SandboxOnlyRoute {
  return {
    name: 'sandboxTestCredentials',
    method: 'GET',
    path: /^\/sandbox\/users\/(?<user>[^/]+)\/test-credentials$/,
    handler: async (ctx) => {
      const user = decodeURIComponent(ctx.pathParams.user ?? '');
      const credentials = await findTestSigningCredentials(organizations, certificates, user);
      if (!credentials) {
        return json(404, { message: `No seeded user ${user} with a sandbox-made certificate` });
      }
      return json(200, credentials, { 'cache-control': 'no-store' });
    },
  };
}

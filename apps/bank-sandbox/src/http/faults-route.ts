import { checkFaultConfig, FaultConfigError } from './fault-config-check.js';
import type { FaultInjector } from './faults.js';
import { json } from './response.js';
import type { SandboxOnlyRoute } from './server.js';

/** Where a separately started sandbox takes its fault configuration. Not a bank path. */
export const FAULTS_PATH = '/sandbox/faults';

/**
 * `GET /sandbox/faults` reads the fault configuration in force; `PUT /sandbox/faults` replaces it
 * (`{}` clears it), as `setFaults` does for an embedded sandbox, so that a test of a sandbox
 * started with `npx` can inject faults between its steps. Sandbox-only: never faulted itself.
 */
export function faultsRoutes(faults: FaultInjector): SandboxOnlyRoute[] {
  const path = /^\/sandbox\/faults$/;
  return [
    {
      name: 'sandboxReadFaults',
      method: 'GET',
      path,
      handler: () => json(200, faults.config, { 'cache-control': 'no-store' }),
    },
    {
      name: 'sandboxSetFaults',
      method: 'PUT',
      path,
      handler: (ctx) => {
        try {
          faults.set(checkFaultConfig(JSON.parse(ctx.rawBody.toString('utf8'))));
        } catch (error) {
          if (error instanceof SyntaxError || error instanceof FaultConfigError) {
            return json(400, { message: error.message });
          }
          throw error;
        }
        return json(200, faults.config);
      },
    },
  ];
}

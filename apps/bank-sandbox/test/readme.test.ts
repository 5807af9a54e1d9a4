import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLI_USAGE } from '../src/cli/cli-options.js';
import { FAULT_OPERATIONS, loadOAuthClients, startBankSandbox } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('lists the seeded organisations, users and certificates as the default seed makes them', async () => {
    const sandbox = await startBankSandbox({ port: 0 });
    try {
      for (const org of sandbox.organizations) {
        expect(readme).toContain(`\`${org.id}\``);
        for (const user of org.users) {
          expect(readme).toContain(`\`${user.login}\``);
          for (const certificate of user.certificates)
            expect(readme).toContain(`\`${certificate.uuid}\``);
        }
      }
    } finally {
      await sandbox.close();
    }
  });

  it('lists the registered OAuth clients', () => {
    for (const client of loadOAuthClients()) {
      expect(readme).toMatch(
        new RegExp(`\\|\\s*\`${client.clientId}\`\\s*\\|\\s*\`${client.clientSecret}\`\\s*\\|`),
      );
    }
  });

  it('documents every option of the command and every operation faults can name', () => {
    const options = [...CLI_USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)].map(([, option]) => option);
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) expect(readme).toContain(`\`${option}`);
    for (const operation of FAULT_OPERATIONS) expect(readme).toContain(`\`${operation}\``);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOAuthClients, startBankSandbox } from '../src/index.js';

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
});

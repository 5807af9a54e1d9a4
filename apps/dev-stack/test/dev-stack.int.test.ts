import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/demo-accounts.js';
import { type DevStack, startDevStack } from '../src/dev-stack.js';

async function signIn(stack: DevStack, email: string, password: string): Promise<string> {
  const response = await fetch(`${stack.identityProviderUrl}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username: email, password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { id_token: string }).id_token;
}

function getJson(stack: DevStack, path: string, token: string) {
  return fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('the local stack', () => {
  let dataDirectory: string;
  beforeAll(async () => {
    dataDirectory = await mkdtemp(join(tmpdir(), 'dev-stack-'));
  });
  afterAll(async () => {
    await rm(dataDirectory, { recursive: true, force: true });
  });

  it('serves the portal API, the identity provider, the cards gateway and the sandbox, and keeps data across restarts', async () => {
    const lines: string[] = [];
    const first = await startDevStack({
      dataDirectory,
      port: 0,
      sandboxPort: 0,
      log: (line) => lines.push(line),
    });
    let organisationId: string;
    try {
      const demo = DEMO_ACCOUNTS[0];
      const token = await signIn(first, demo.email, demo.password);
      const me = await getJson(first, '/v1/me', token);
      expect(me.status).toBe(200);
      const profile = (await me.json()) as { organizations: { id: string; test: boolean }[] };
      const testOrganisation = profile.organizations.find((organisation) => organisation.test);
      expect(testOrganisation).toBeDefined();
      organisationId = String(testOrganisation?.id);

      const products = await getJson(first, '/v1/products', token);
      expect(
        ((await products.json()) as { items: { id: string }[] }).items.map((p) => p.id),
      ).toContain('business-cards');
      const sandboxAnswer = await fetch(
        `${first.sandbox.apiBaseUrl}/v1/business-cards?page=1&statusCodes=ACTIVE`,
      );
      expect(sandboxAnswer.status).toBe(401);
      const unknownClient = await fetch(first.gatewayTokenUrl, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: 'nobody',
          client_secret: 'wrong',
        }),
      });
      expect(unknownClient.status).toBe(401);
      expect(await unknownClient.json()).toMatchObject({ error: 'invalid_client' });
      const withoutToken = await fetch(`${first.gatewayApiBaseUrl}/v1/crypto`);
      expect(withoutToken.status).toBe(401);
      expect(await withoutToken.json()).toMatchObject({ cause: 'UNAUTHORIZED' });
      expect(lines.some((line) => / GET \/v1\/me 200 /.test(line))).toBe(true);
      expect(lines.join('\n')).not.toContain(token);
    } finally {
      await first.close();
    }

    const second = await startDevStack({ dataDirectory, port: 0, sandboxPort: 0 });
    try {
      const operator = DEMO_ACCOUNTS[1];
      const demoToken = await signIn(second, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password);
      const cabinet = await getJson(second, `/v1/organizations/${organisationId}`, demoToken);
      expect(cabinet.status).toBe(200);
      const operatorToken = await signIn(second, operator.email, operator.password);
      const review = await getJson(second, '/v1/operator/access-requests', operatorToken);
      expect(review.status).toBe(200);
    } finally {
      await second.close();
    }
    // Two starts of the stack, each waiting for DynamoDB Local (about 10 s on a busy machine).
  }, 90_000);
});

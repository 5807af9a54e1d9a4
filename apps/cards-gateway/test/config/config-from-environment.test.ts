import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPepperSecret } from '@devportal/portal-domain';
import { exportPKCS8, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { dependenciesFromEnvironment } from '../../src/index.js';

async function pem(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return exportPKCS8(privateKey);
}

/** What a deployed gateway is given, the secrets by value and the key of sealed tokens in a file. */
async function deployedEnvironment(extra: Record<string, string>) {
  const directory = await mkdtemp(join(tmpdir(), 'gateway-config-'));
  return {
    PORTAL_TABLE_NAME: 'portal',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    BANK_TOKEN_KEY_FILE: join(directory, 'token.key'),
    SANDBOX_API_URL: 'http://127.0.0.1:9/fintech/api',
    SANDBOX_OAUTH_CLIENT_ID: 'devportal-sandbox',
    SANDBOX_OAUTH_CLIENT_SECRET: 'sandbox-secret',
    GATEWAY_SIGNING_KEY: await pem(),
    CLIENT_SECRET_PEPPER: newPepperSecret(),
    FUNCTION_TIMEOUT_MS: '29000',
    ...extra,
  };
}

describe('the gateway configured by its environment', () => {
  it("fits the bank timeouts below the function's timeout", async () => {
    // Act
    const deps = await dependenciesFromEnvironment(await deployedEnvironment({}));

    // Assess
    expect(deps.bankLimits?.timeouts).toEqual({ connectMs: 3_000, totalMs: 6_750 });
  });

  it('refuses to start with a bank timeout that would outlive the function', async () => {
    // Act
    const starting = dependenciesFromEnvironment(
      await deployedEnvironment({ BANK_TOTAL_TIMEOUT_MS: '10000' }),
    );

    // Assess
    await expect(starting).rejects.toThrow('BANK_TOTAL_TIMEOUT_MS (10000) times 4 bank calls');
  });

  it('refuses to start without the Client Secret pepper, which the portal API keys hashes with', async () => {
    // Act
    const starting = dependenciesFromEnvironment(
      await deployedEnvironment({ CLIENT_SECRET_PEPPER: '' }),
    );

    // Assess
    await expect(starting).rejects.toThrow('CLIENT_SECRET_PEPPER_SECRET_ARN');
  });

  it('signs with the current key of a key set given by value', async () => {
    // Prepare
    const secret = JSON.stringify({
      current: { kid: 'key-2', privateKey: await pem() },
      previous: { kid: 'key-1', privateKey: await pem() },
    });

    // Act
    const deps = await dependenciesFromEnvironment(
      await deployedEnvironment({ GATEWAY_SIGNING_KEY: secret }),
    );

    // Assess
    const set = await deps.signingKeys.current();
    expect([set.current.kid, set.previous?.kid]).toEqual(['key-2', 'key-1']);
  });
});

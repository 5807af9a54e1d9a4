import { ENVIRONMENT, EnvironmentSecrets } from '@devportal/runtime';
import { LoopbackSecretsManager } from '@devportal/test-support/loopback-secrets-manager';
import {
  type ServedSecretsManager,
  serveSecretsManager,
} from '@devportal/test-support/served-secrets-manager';
import { exportPKCS8, generateKeyPair } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GatewayTokens,
  keySetFromSecret,
  rotatedKeySetSecret,
  SecretSigningKeys,
} from '../../src/index.js';

const ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:gateway-signing-key-AbCdEf';
const SIGNING_KEY = {
  value: ENVIRONMENT.gatewaySigningKey,
  arn: ENVIRONMENT.gatewaySigningKeySecretArn,
};
const CLAIMS = {
  applicationId: 'app-1',
  organisationId: 'org-1',
  clientId: 'client-1',
  secretId: 'secret-1',
  plans: [],
};

const secretsManager = new LoopbackSecretsManager();
let served: ServedSecretsManager;
const clock = { now: Date.now() };

beforeAll(async () => {
  served = await serveSecretsManager(secretsManager);
});
afterAll(() => served?.close());

/** A gateway instance's tokens: its own secrets (with their TTL) and key set, as one environment has. */
function instance(): GatewayTokens {
  const secrets = new EnvironmentSecrets(
    { GATEWAY_SIGNING_KEY_SECRET_ARN: ARN },
    { client: served.client, now: () => clock.now },
  );
  const keys = new SecretSigningKeys(
    {
      read: () => secrets.required(SIGNING_KEY),
      reread: async () => (await secrets.reread(SIGNING_KEY)) ?? '',
    },
    () => clock.now,
  );
  return new GatewayTokens(keys, () => clock.now);
}

async function newKeySecret(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  return exportPKCS8(privateKey);
}

beforeEach(async () => {
  secretsManager.put(ARN, await newKeySecret());
  secretsManager.reads.length = 0;
});

describe('a rotation of the gateway signing key', () => {
  it('turns no valid token into a 401, whichever instance read the rotated set first', async () => {
    // Prepare: A reads the key set before the rotation, B after it.
    const a = instance();
    const mintedByABefore = (await a.issue(CLAIMS)).token;
    secretsManager.put(ARN, await rotatedKeySetSecret(String(secretsManager.current(ARN))));
    const b = instance();
    const mintedByB = (await b.issue(CLAIMS)).token;
    const readsBefore = secretsManager.reads.length;

    // Act
    const atA = await a.verify(mintedByB);
    const atB = await b.verify(mintedByABefore);

    // Assess
    expect(atA).toMatchObject({ applicationId: 'app-1' });
    expect(atB).toMatchObject({ applicationId: 'app-1' });
    // A caught up with one read of the secret; B knew A's key as the previous one.
    expect(secretsManager.reads.length - readsBefore).toBe(1);
  });

  it('names the signing key in each token and signs with the current key after the TTL', async () => {
    // Prepare
    const a = instance();
    const before = (await a.issue(CLAIMS)).token;
    const rotated = await rotatedKeySetSecret(String(secretsManager.current(ARN)), 'key-2');
    secretsManager.put(ARN, rotated);

    // Act
    const withinTtl = (await a.issue(CLAIMS)).token;
    clock.now += 5 * 60_000;
    const afterTtl = (await a.issue(CLAIMS)).token;

    // Assess
    const { current, previous } = await keySetFromSecret(rotated);
    expect(kidOf(before)).toBe(previous?.kid);
    expect(kidOf(withinTtl)).toBe(previous?.kid);
    expect(kidOf(afterTtl)).toBe('key-2');
    expect(current.kid).toBe('key-2');
  });

  it('refuses a token naming an unknown key after one read of the secret per 10 s at most', async () => {
    // Prepare
    const stranger = instance();
    secretsManager.put(ARN, await newKeySecret());
    const strangers = [];
    for (let token = 0; token < 3; token++) {
      clock.now += 5 * 60_000;
      strangers.push((await stranger.issue({ ...CLAIMS, clientId: `client-${token}` })).token);
    }
    secretsManager.put(
      ARN,
      JSON.stringify({
        current: { kid: 'ours', privateKey: await newKeySecret() },
      }),
    );
    const ours = instance();
    await ours.issue(CLAIMS);
    const readsBefore = secretsManager.reads.length;

    // Act
    const refused = [];
    for (const token of strangers) refused.push(await ours.verify(token));
    clock.now += 10_000;
    const afterInterval = await ours.verify(strangers[0] ?? '');

    // Assess
    expect(refused).toEqual([undefined, undefined, undefined]);
    expect(afterInterval).toBeUndefined();
    expect(secretsManager.reads.length - readsBefore).toBe(2);
  });

  it('reads the single-key PEM secret, and a rotation from it keeps its tokens valid', async () => {
    // Prepare
    const a = instance();
    const fromPem = (await a.issue(CLAIMS)).token;
    secretsManager.put(ARN, await rotatedKeySetSecret(String(secretsManager.current(ARN))));
    const b = instance();

    // Act
    const atB = await b.verify(fromPem);

    // Assess
    expect(atB).toMatchObject({ clientId: 'client-1' });
  });
});

function kidOf(token: string): unknown {
  const [header] = token.split('.');
  return JSON.parse(Buffer.from(header ?? '', 'base64url').toString('utf8')).kid;
}

import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { LoopbackSecretsManager } from '@devportal/test-support/loopback-secrets-manager';
import {
  type ServedSecretsManager,
  serveSecretsManager,
} from '@devportal/test-support/served-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientCertificateFromEnvironment,
  ENVIRONMENT,
  EnvironmentSecrets,
  SBER_OAUTH_CLIENT_SECRET,
} from '../../src/index.js';

const CLIENT_SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:bank-oauth-AbCdEf';
const CERTIFICATE_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:bank-cert-AbCdEf';
const BINARY_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:binary-AbCdEf';
const NOT_JSON_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:not-json-AbCdEf';
const ROTATING_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:rotating-AbCdEf';
const NO_KEY_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:no-key-AbCdEf';

const certificate = {
  certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  privateKey: '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
  ca: '-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n',
};

describe('the environment secrets', () => {
  const secretsManager = new LoopbackSecretsManager({
    [CLIENT_SECRET_ARN]: 'bank-client-secret',
    [CERTIFICATE_ARN]: JSON.stringify(certificate),
    [NOT_JSON_ARN]: '-----BEGIN PRIVATE KEY----- private-key-material',
    [NO_KEY_ARN]: JSON.stringify({ certificate: certificate.certificate }),
    [BINARY_ARN]: new Uint8Array([0, 1, 2]),
  });
  let served: ServedSecretsManager;
  let client: SecretsManagerClient;
  beforeAll(async () => {
    served = await serveSecretsManager(secretsManager);
    client = served.client;
  });
  afterAll(() => served?.close());

  it('reads a secret by its ARN once, however often and concurrently it is asked for', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET_ARN: CLIENT_SECRET_ARN },
      { client },
    );

    // Act
    const [first, concurrent] = await Promise.all([
      secrets.required(SBER_OAUTH_CLIENT_SECRET),
      secrets.required(SBER_OAUTH_CLIENT_SECRET),
    ]);
    const later = await secrets.optional(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    expect([first, concurrent, later]).toEqual(Array(3).fill('bank-client-secret'));
    expect(secretsManager.reads).toEqual([CLIENT_SECRET_ARN]);
  });

  it('prefers the plain variable (the local stack) and never calls Secrets Manager for it', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET: 'local', SBER_OAUTH_CLIENT_SECRET_ARN: CLIENT_SECRET_ARN },
      { client },
    );

    // Act
    const value = await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    expect(value).toBe('local');
    expect(secretsManager.reads).toEqual([]);
  });

  it('names both variables when neither is set, and is undefined when optional', async () => {
    // Prepare
    const secrets = new EnvironmentSecrets({ SBER_OAUTH_CLIENT_SECRET: '' }, { client });

    // Act
    const required = secrets.required(SBER_OAUTH_CLIENT_SECRET);
    const optional = await secrets.optional(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    await expect(required).rejects.toThrow(
      'Set the environment variable SBER_OAUTH_CLIENT_SECRET or SBER_OAUTH_CLIENT_SECRET_ARN',
    );
    expect(optional).toBeUndefined();
  });

  it('asks again after a failed read, and refuses a binary secret naming only its ARN', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    const missing = `${CLIENT_SECRET_ARN}-missing`;
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET_ARN: missing, SBER_CLIENT_CERTIFICATE_SECRET_ARN: BINARY_ARN },
      { client },
    );

    // Act
    const first = secrets.required(SBER_OAUTH_CLIENT_SECRET);
    await expect(first).rejects.toThrow("can't find the specified secret");
    const second = secrets.required(SBER_OAUTH_CLIENT_SECRET);
    const binary = secrets.required({ arn: ENVIRONMENT.sberClientCertificateSecretArn });

    // Assess
    await expect(second).rejects.toThrow("can't find the specified secret");
    await expect(binary).rejects.toThrow(`The secret ${BINARY_ARN} has no string value`);
    expect(secretsManager.reads).toEqual([missing, missing, BINARY_ARN]);
  });

  it('reads a secret again on the first use after its TTL, and serves it from memory before', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    let now = 0;
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET_ARN: ROTATING_ARN },
      { client, ttlMs: 60_000, now: () => now },
    );
    secretsManager.put(ROTATING_ARN, 'before-rotation');
    const first = await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Act
    secretsManager.put(ROTATING_ARN, 'after-rotation');
    now = 59_999;
    const withinTtl = await secrets.required(SBER_OAUTH_CLIENT_SECRET);
    now = 60_000;
    const afterTtl = await secrets.required(SBER_OAUTH_CLIENT_SECRET);
    const again = await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    expect([first, withinTtl, afterTtl, again]).toEqual([
      'before-rotation',
      'before-rotation',
      'after-rotation',
      'after-rotation',
    ]);
    expect(secretsManager.reads).toHaveLength(2);
  });

  it('keeps serving the last value when a refresh fails, reports it, and tries again later', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    let now = 0;
    const failures: { arn: string; error: string }[] = [];
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET_ARN: ROTATING_ARN },
      {
        client,
        ttlMs: 60_000,
        now: () => now,
        onRefreshFailure: (arn, error) => failures.push({ arn, error: String(error) }),
      },
    );
    secretsManager.put(ROTATING_ARN, 'last-known-value');
    await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Act
    secretsManager.remove(ROTATING_ARN);
    now = 60_000;
    const duringOutage = await secrets.required(SBER_OAUTH_CLIENT_SECRET);
    const soonAfter = await secrets.required(SBER_OAUTH_CLIENT_SECRET);
    const callsDuringOutage = secretsManager.reads.length;
    secretsManager.put(ROTATING_ARN, 'recovered-value');
    now = 90_000;
    const recovered = await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    expect([duringOutage, soonAfter, recovered]).toEqual([
      'last-known-value',
      'last-known-value',
      'recovered-value',
    ]);
    expect(callsDuringOutage).toBe(2);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.arn).toBe(ROTATING_ARN);
    expect(failures[0]?.error).not.toContain('last-known-value');
  });

  it('reads again at once when asked to, whatever the TTL', async () => {
    // Prepare
    secretsManager.reads.length = 0;
    const secrets = new EnvironmentSecrets(
      { SBER_OAUTH_CLIENT_SECRET_ARN: ROTATING_ARN },
      { client },
    );
    secretsManager.put(ROTATING_ARN, 'first');
    await secrets.required(SBER_OAUTH_CLIENT_SECRET);
    secretsManager.put(ROTATING_ARN, 'second');

    // Act
    const reread = await secrets.reread(SBER_OAUTH_CLIENT_SECRET);
    const afterwards = await secrets.required(SBER_OAUTH_CLIENT_SECRET);

    // Assess
    expect([reread, afterwards]).toEqual(['second', 'second']);
    expect(secretsManager.reads).toHaveLength(2);
  });

  it('reads the client certificate from its JSON secret', async () => {
    // Prepare
    const secrets = new EnvironmentSecrets(
      { SBER_CLIENT_CERTIFICATE_SECRET_ARN: CERTIFICATE_ARN },
      { client },
    );

    // Act
    const tls = await clientCertificateFromEnvironment(secrets);
    const none = await clientCertificateFromEnvironment(new EnvironmentSecrets({}, { client }));

    // Assess
    expect(tls).toEqual({
      cert: certificate.certificate,
      key: certificate.privateKey,
      ca: certificate.ca,
    });
    expect(none).toBeUndefined();
  });

  it('refuses a certificate secret of the wrong shape without quoting it', async () => {
    // Prepare
    const certificateAt = (arn: string) =>
      clientCertificateFromEnvironment(
        new EnvironmentSecrets({ SBER_CLIENT_CERTIFICATE_SECRET_ARN: arn }, { client }),
      );

    // Act
    const notJson = certificateAt(NOT_JSON_ARN);
    const noKey = certificateAt(NO_KEY_ARN);

    // Assess
    await expect(notJson).rejects.toThrow(/^The client certificate secret is not JSON/);
    await expect(notJson).rejects.not.toThrow('private-key-material');
    await expect(noKey).rejects.toThrow('needs string fields certificate and privateKey');
  });
});

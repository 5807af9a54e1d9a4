import { GetSecretValueCommand, ResourceNotFoundException } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackSecretsManager } from '../src/loopback-secrets-manager.js';
import { type ServedSecretsManager, serveSecretsManager } from '../src/served-secrets-manager.js';

const TEXT_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:text-AbCdEf';
const BINARY_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:binary-AbCdEf';

const secretsManager = new LoopbackSecretsManager({
  [TEXT_ARN]: 'first',
  [BINARY_ARN]: new Uint8Array([0, 1, 2]),
});
let served: ServedSecretsManager;
beforeAll(async () => {
  served = await serveSecretsManager(secretsManager);
});
afterAll(() => served?.close());

const read = (arn: string) => served.client.send(new GetSecretValueCommand({ SecretId: arn }));

describe('a LoopbackSecretsManager served on a loopback port', () => {
  it('answers the SDK client with the current version, string or binary, and records each read', async () => {
    // Prepare
    secretsManager.reads.length = 0;

    // Act
    const before = await read(TEXT_ARN);
    secretsManager.put(TEXT_ARN, 'second');
    const after = await read(TEXT_ARN);
    const binary = await read(BINARY_ARN);

    // Assess
    expect([before.SecretString, before.VersionId]).toEqual(['first', 'v1']);
    expect([after.SecretString, after.VersionId]).toEqual(['second', 'v2']);
    expect(binary.SecretString).toBeUndefined();
    expect(Array.from(binary.SecretBinary ?? [])).toEqual([0, 1, 2]);
    expect(secretsManager.reads).toEqual([TEXT_ARN, TEXT_ARN, BINARY_ARN]);
  });

  it("fails a read of a removed secret with the SDK's ResourceNotFoundException", async () => {
    // Prepare
    const arn = `${TEXT_ARN}-removed`;
    secretsManager.put(arn, 'soon gone');
    secretsManager.remove(arn);

    // Act
    const reading = read(arn);

    // Assess
    await expect(reading).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(secretsManager.current(arn)).toBeUndefined();
  });
});

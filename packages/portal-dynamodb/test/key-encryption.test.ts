import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KMSClient } from '@aws-sdk/client-kms';
import { TokenVault } from '@devportal/portal-domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KmsKeyEncryption, LocalKeyFileEncryption } from '../src/index.js';

describe('the local key file', () => {
  it('is created with mode 0600 and reused by the next process', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key');

    const [first, second] = await Promise.all([
      LocalKeyFileEncryption.open(path),
      LocalKeyFileEncryption.open(path),
    ]);
    const later = await LocalKeyFileEncryption.open(path);

    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await readFile(path, 'utf8')).trim(), 'base64')).toHaveLength(32);
    expect(new Set([first.keyId, second.keyId, later.keyId]).size).toBe(1);
  });

  it('creates the folders it is to live in, readable by its owner only', async () => {
    const root = await mkdtemp(join(tmpdir(), 'devportal-key-'));
    const path = join(root, 'keys', 'nested', 'token.key');

    await LocalKeyFileEncryption.open(path);

    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(root, 'keys'))).mode & 0o777).toBe(0o700);
  });

  it('seals tokens that open only for the same organisation', async () => {
    const keys = await LocalKeyFileEncryption.open(
      join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key'),
    );
    const vault = new TokenVault(keys);

    const sealed = await vault.seal('refresh-token-plaintext', 'org-a');

    expect(JSON.stringify(sealed)).not.toContain('refresh-token-plaintext');
    await expect(vault.open(sealed, 'org-a')).resolves.toBe('refresh-token-plaintext');
    await expect(vault.open(sealed, 'org-b')).rejects.toThrow();
    await expect(
      vault.open({ ...sealed, ciphertext: Buffer.from('forged').toString('base64') }, 'org-a'),
    ).rejects.toThrow();
  });

  it('seals for a purpose, and a secret of one purpose does not open as another', async () => {
    const vault = new TokenVault(
      await LocalKeyFileEncryption.open(
        join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key'),
      ),
    );

    const webhookSecret = await vault.seal('whsec-plaintext', 'org-a', 'webhook-secret');
    const relabelled = { ...webhookSecret, purpose: 'bank-tokens' as const };
    const { purpose: _unrecorded, ...unlabelled } = webhookSecret;

    expect(webhookSecret.purpose).toBe('webhook-secret');
    await expect(vault.open(webhookSecret, 'org-a', 'webhook-secret')).resolves.toBe(
      'whsec-plaintext',
    );
    await expect(vault.open(webhookSecret, 'org-a')).rejects.toThrow('sealed for webhook-secret');
    await expect(vault.open(relabelled, 'org-a')).rejects.toThrow();
    await expect(vault.open(unlabelled, 'org-a', 'webhook-secret')).rejects.toThrow();
  });

  it('still opens values sealed before purposes were recorded, webhook secrets included', async () => {
    const vault = new TokenVault(
      await LocalKeyFileEncryption.open(
        join(await mkdtemp(join(tmpdir(), 'devportal-key-')), 'token.key'),
      ),
    );
    // Earlier vaults labelled everything 'bank-tokens' in the context and stored no purpose.
    const { purpose: _recorded, ...sealedEarlier } = await vault.seal('earlier-secret', 'org-a');

    await expect(vault.open(sealedEarlier, 'org-a')).resolves.toBe('earlier-secret');
    await expect(vault.open(sealedEarlier, 'org-a', 'webhook-secret')).resolves.toBe(
      'earlier-secret',
    );
  });
});

/** A loopback stand-in for KMS speaking its JSON protocol, recording the calls it gets. */
function fakeKms() {
  const calls: { target: string; body: Record<string, unknown> }[] = [];
  const dataKey = Buffer.alloc(32, 7);
  const wrapped = Buffer.from('wrapped-by-kms');
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const body = JSON.parse(text) as Record<string, unknown>;
    const target = String(request.headers['x-amz-target']);
    calls.push({ target, body });
    const reply = target.endsWith('GenerateDataKey')
      ? {
          KeyId: 'arn:aws:kms:eu-west-1:111122223333:key/test',
          Plaintext: dataKey.toString('base64'),
          CiphertextBlob: wrapped.toString('base64'),
        }
      : { KeyId: body.KeyId, Plaintext: dataKey.toString('base64') };
    response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(JSON.stringify(reply));
  });
  return { server, calls, wrapped };
}

describe('the KMS key encryption', () => {
  const kms = fakeKms();
  let client: KMSClient;

  beforeAll(async () => {
    await new Promise<void>((listening) => kms.server.listen(0, '127.0.0.1', listening));
    const { port } = kms.server.address() as AddressInfo;
    client = new KMSClient({
      endpoint: `http://127.0.0.1:${port}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
  });

  afterAll(async () => {
    client.destroy();
    await new Promise((closed) => kms.server.close(closed));
  });

  it('asks for an AES-256 data key and unwraps it, both bound to the organisation', async () => {
    const vault = new TokenVault(new KmsKeyEncryption(client, 'alias/devportal-tokens'));

    const sealed = await vault.seal('access-token-plaintext', 'org-42');
    const opened = await vault.open(sealed, 'org-42');

    expect(opened).toBe('access-token-plaintext');
    expect(sealed.dataKey).toEqual({
      keyId: 'arn:aws:kms:eu-west-1:111122223333:key/test',
      ciphertext: kms.wrapped.toString('base64'),
    });
    expect(kms.calls).toEqual([
      {
        target: 'TrentService.GenerateDataKey',
        body: {
          KeyId: 'alias/devportal-tokens',
          KeySpec: 'AES_256',
          EncryptionContext: { purpose: 'bank-tokens', organisationId: 'org-42' },
        },
      },
      {
        target: 'TrentService.Decrypt',
        body: {
          KeyId: 'arn:aws:kms:eu-west-1:111122223333:key/test',
          CiphertextBlob: kms.wrapped.toString('base64'),
          EncryptionContext: { purpose: 'bank-tokens', organisationId: 'org-42' },
        },
      },
    ]);
  });
});

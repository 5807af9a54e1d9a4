import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** A secret's value: a string, or bytes (Secrets Manager's `SecretBinary`). */
export type LoopbackSecretValue = string | Uint8Array;

/** A Secrets Manager on a loopback port, and what it was asked. */
export interface LoopbackSecretsManager {
  /** The secrets by ARN; change them to rotate, delete one to make reads of it fail. */
  readonly secrets: Record<string, LoopbackSecretValue>;
  /** Every `GetSecretValue`, oldest first. */
  readonly calls: { readonly target: string; readonly secretId: string }[];
  /** A client pointed at it (test credentials). */
  readonly client: SecretsManagerClient;
  close(): Promise<void>;
}

/**
 * Secrets Manager's JSON protocol for `GetSecretValue` on a loopback port, for tests of code that
 * reads secrets by ARN with the real SDK client: it answers from `secrets` as they are at the
 * time of the call, and `ResourceNotFoundException` for an ARN it does not hold.
 *
 * @example
 * const secretsManager = await startLoopbackSecretsManager({ [arn]: 'value' });
 * const secrets = new EnvironmentSecrets({ SOME_SECRET_ARN: arn }, { client: secretsManager.client });
 */
export async function startLoopbackSecretsManager(
  secrets: Record<string, LoopbackSecretValue> = {},
): Promise<LoopbackSecretsManager> {
  const calls: { target: string; secretId: string }[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const { SecretId } = JSON.parse(text) as { SecretId: string };
    calls.push({ target: String(request.headers['x-amz-target']), secretId: SecretId });
    const headers = { 'content-type': 'application/x-amz-json-1.1' };
    const value = secrets[SecretId];
    if (value === undefined) {
      response.writeHead(400, headers);
      response.end(
        JSON.stringify({
          __type: 'ResourceNotFoundException',
          message: "Secrets Manager can't find the specified secret.",
        }),
      );
      return;
    }
    const field =
      typeof value === 'string'
        ? { SecretString: value }
        : { SecretBinary: Buffer.from(value).toString('base64') };
    response.writeHead(200, headers);
    response.end(JSON.stringify({ ARN: SecretId, Name: 'name', ...field }));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const client = new SecretsManagerClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return {
    secrets,
    calls,
    client,
    close: async () => {
      client.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}

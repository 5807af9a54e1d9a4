import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { LoopbackSecretsManager } from './loopback-secrets-manager.js';

/** A {@link LoopbackSecretsManager} served on a loopback port. */
export interface ServedSecretsManager {
  /** A client pointed at it (test credentials). */
  readonly client: SecretsManagerClient;
  close(): Promise<void>;
}

/**
 * Serves `secretsManager` on a loopback port, for tests of code that reads secrets by ARN with the
 * real SDK client: each call is answered from the secrets as they are at that moment.
 *
 * @example
 * const secretsManager = new LoopbackSecretsManager({ [arn]: 'value' });
 * const { client, close } = await serveSecretsManager(secretsManager);
 * const secrets = new EnvironmentSecrets({ SOME_SECRET_ARN: arn }, { client });
 */
export async function serveSecretsManager(
  secretsManager: LoopbackSecretsManager,
): Promise<ServedSecretsManager> {
  const server = createServer(async (request, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    const operation = String(request.headers['x-amz-target']).replace(/^secretsmanager\./, '');
    const answer = secretsManager.handle(operation, JSON.parse(text || '{}'));
    response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const client = new SecretsManagerClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  return {
    client,
    close: async () => {
      client.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}

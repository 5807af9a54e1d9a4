import { inject } from 'vitest';
import { LifecycleWorld, type LifecycleWorldOptions } from '../../src/index.js';
import './provided-bundles.js';
// The run's DynamoDB Local endpoint, `inject('dynamoDbEndpoint')`.
import '@devportal/test-support';

/** A world on the run's DynamoDB Local, and the bundles the run's globalSetup made. */
export async function startWorld(
  options: Omit<LifecycleWorldOptions, 'dynamoDbEndpoint'> = {},
): Promise<LifecycleWorld> {
  return LifecycleWorld.start({ ...options, dynamoDbEndpoint: inject('dynamoDbEndpoint') });
}

/** The run's bundles of the deployed functions. */
export function bundles(): { cardsGateway: string; statusSync: string } {
  return inject('bundles');
}

/** `Authorization: Basic` for a client's credentials. */
export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
}

/** The gateway's token request, as a partner application sends it through API Gateway. */
export function tokenRequest(clientId: string, clientSecret: string): Request {
  return new Request('https://api.harness.test/oauth/token', {
    method: 'POST',
    headers: {
      authorization: basic(clientId, clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
}

/** A bank call through the gateway (`/cards/fintech/api` + `path`). */
export function bankRequest(path: string, token: string, init: RequestInit = {}): Request {
  return new Request(`https://api.harness.test/cards/fintech/api${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
  });
}

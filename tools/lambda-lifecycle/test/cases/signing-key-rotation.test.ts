import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bankRequest,
  cardsGatewayFunction,
  ExecutionEnvironment,
  type HarnessApplication,
  type HttpApiResult,
  httpApiEvent,
  httpApiResponse,
  LIST_CARDS,
  type LifecycleWorld,
  tokenRequest,
} from '../../src/index.js';
import { LIMITS_NOT_REACHED } from '../support/gateway-case.js';
import { bundles, startWorld } from '../support/world.js';

/**
 * Issue 12: "the gateway's signing keys form a key set with key ids (current and previous), so a
 * rotation never turns valid tokens into 401s in environments that read the secret at different
 * times". Environment A reads the set before the rotation, environment B after it.
 */
function pem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

const before = { kid: 'key-1', privateKey: pem() };
const after = { kid: 'key-2', privateKey: pem() };

let world: LifecycleWorld;
let app: HarnessApplication;
let a: ExecutionEnvironment;
let b: ExecutionEnvironment;

/** A request served by `environment` itself, answered as API Gateway would. */
async function through(environment: ExecutionEnvironment, request: Request): Promise<Response> {
  const { outcome } = await environment.invoke(await httpApiEvent(request));
  if (outcome.kind !== 'response') throw new Error(`no answer: ${JSON.stringify(outcome)}`);
  return httpApiResponse(outcome.payload as HttpApiResult);
}

async function tokenFrom(environment: ExecutionEnvironment): Promise<string> {
  const response = await through(environment, tokenRequest(app.clientId, app.clientSecret));
  if (response.status !== 200) throw new Error(`no token: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

beforeAll(async () => {
  world = await startWorld();
  app = await world.applicationOnSandboxPlan({ id: 'harness-rotation', ...LIMITS_NOT_REACHED });
  const configuration = cardsGatewayFunction(world.deployed, {
    bundlePath: bundles().cardsGateway,
    reservedConcurrency: 2,
  });
  world.secretsManager.put(world.deployed.signingKeySecretArn, JSON.stringify({ current: before }));
  a = await ExecutionEnvironment.start(1, configuration, world.aws);
  world.secretsManager.put(
    world.deployed.signingKeySecretArn,
    JSON.stringify({ current: after, previous: before }),
  );
  b = await ExecutionEnvironment.start(2, configuration, world.aws);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.reclaim(), b?.reclaim()]);
  await world?.close();
});

describe('a signing-key rotation met by environments that read the secret at different times', () => {
  it('accepts a token signed with the new key in an environment that read the old set', async () => {
    const token = await tokenFrom(b);
    expect((await through(a, bankRequest(LIST_CARDS, token))).status).toBe(200);
  });

  it('accepts a token signed before the rotation in an environment that read the new set', async () => {
    const token = await tokenFrom(a);
    expect((await through(b, bankRequest(LIST_CARDS, token))).status).toBe(200);
  });
});

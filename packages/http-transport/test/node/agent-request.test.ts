import { once } from 'node:events';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';
import { agentRequest, ConnectTimeoutError } from '@devportal/http-transport/node-agent';
import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const scripted = new ScriptedServer();
/** Accepts TCP connections and says nothing: a TLS handshake with it never ends. */
let silent: Server;
const silentSockets: Socket[] = [];
beforeAll(async () => {
  await scripted.listen();
  silent = createServer((socket) => silentSockets.push(socket)).listen(0, '127.0.0.1');
  await once(silent, 'listening');
});
afterAll(async () => {
  for (const socket of silentSockets) socket.destroy();
  silent.close();
  await scripted.close();
});

/** Timers the process holds: in Lambda, one left after the answer runs in a later invocation. */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('agentRequest', () => {
  it('sends method, headers and body through the agent and reads the whole answer', async () => {
    // Prepare
    const agent = new HttpAgent({ keepAlive: true });
    scripted.replies({ status: 201, body: { created: true } });

    // Act
    const answer = await agentRequest(agent, new URL(`${scripted.origin}/v1/things`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new TextEncoder().encode('{"a":1}'),
    });

    // Assess
    expect(answer.status).toBe(201);
    expect(JSON.parse(answer.body.toString())).toEqual({ created: true });
    const [received] = scripted.requests.slice(-1);
    expect(received).toMatchObject({ method: 'POST', url: '/v1/things', body: '{"a":1}' });
    agent.destroy();
  });

  it('fails a connection whose handshake outlasts the connect timeout, and leaves no timer once answered', async () => {
    // Prepare
    const agent = new HttpsAgent({ keepAlive: true });
    const address = silent.address() as { port: number };
    const before = activeTimers();

    // Act
    const started = performance.now();
    const failure = await agentRequest(agent, new URL(`https://127.0.0.1:${address.port}/`), {
      method: 'GET',
      headers: {},
      connectTimeoutMs: 150,
    }).catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ConnectTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(activeTimers()).toBeLessThanOrEqual(before);
    agent.destroy();
  });

  it('leaves no connect timer behind once a new connection is up and the answer is in', async () => {
    // Prepare
    const agent = new HttpAgent({ keepAlive: true });
    const before = activeTimers();
    scripted.replies({ status: 200, body: {} });

    // Act
    const answer = await agentRequest(agent, new URL(`${scripted.origin}/x`), {
      method: 'GET',
      headers: {},
      connectTimeoutMs: 60_000,
    });

    // Assess
    expect(answer.status).toBe(200);
    expect(activeTimers()).toBeLessThanOrEqual(before);
    agent.destroy();
  });
});

import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import { agentRequest, keepAliveAgent } from '@devportal/http-transport/node-agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** A server whose idle connections last 2 s, as its `Keep-Alive: timeout=2` says. */
let server: Server;
let closedConnections = 0;
beforeAll(async () => {
  server = createServer((_, answer) => answer.end('ok'));
  server.keepAliveTimeout = 2_000;
  server.on('connection', (socket) => socket.on('close', () => (closedConnections += 1)));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => server.close());

describe("keepAliveAgent's pooled connections", () => {
  it("close before the server's hinted idle timeout, so a call never reuses one the server is closing", async () => {
    // Prepare
    const agent = keepAliveAgent(false);
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    const answer = await agentRequest(agent, new URL(`http://127.0.0.1:${address.port}/`), {
      method: 'GET',
      headers: {},
    });
    expect(answer.headers['keep-alive']).toBe('timeout=2');
    const before = closedConnections;

    // Act: past the hint less a second (when the agent lets go), before the server's 2 s
    await new Promise((wake) => setTimeout(wake, 1_500));

    // Assess
    expect(closedConnections).toBe(before + 1);
    agent.destroy();
  });
});

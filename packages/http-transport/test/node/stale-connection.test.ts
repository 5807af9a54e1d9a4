import { once } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { agentRequest, keepAliveAgent } from '@devportal/http-transport/node-agent';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * A keep-alive server that names no idle timeout and resets a connection when a second request
 * arrives on it: what a client sees when the server closed an idle connection just as the
 * client reused it. A request on a fresh connection is answered.
 */
let server: Server;
let connections = 0;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((socket) => {
    connections += 1;
    sockets.push(socket);
    let requests = 0;
    socket.on('data', (bytes: Buffer) => {
      if (!bytes.includes('\r\n\r\n')) return;
      requests += 1;
      if (requests > 1) {
        socket.resetAndDestroy();
        return;
      }
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 2\r\n\r\nok');
    });
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
});
afterAll(() => {
  for (const socket of sockets) socket.destroy();
  server.close();
});

function origin(): URL {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening');
  return new URL(`http://127.0.0.1:${address.port}/`);
}

describe('a pooled connection the server has reset', () => {
  it('sends a GET once more on a new connection', async () => {
    // Prepare: one exchange leaves the connection in the pool
    const agent = keepAliveAgent(false);
    await agentRequest(agent, origin(), { method: 'GET', headers: {} });
    const before = connections;

    // Act
    const answer = await agentRequest(agent, origin(), { method: 'GET', headers: {} });

    // Assess
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('ok');
    expect(connections).toBe(before + 1);
    agent.destroy();
  });

  it('leaves a POST to its caller: it fails with the reset, sent once', async () => {
    // Prepare
    const agent = keepAliveAgent(false);
    await agentRequest(agent, origin(), { method: 'GET', headers: {} });
    const before = connections;

    // Act
    const outcome = await agentRequest(agent, origin(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new TextEncoder().encode('{}'),
    }).catch((error: NodeJS.ErrnoException) => error);

    // Assess
    expect((outcome as NodeJS.ErrnoException).code).toBe('ECONNRESET');
    expect(connections).toBe(before);
    agent.destroy();
  });
});

import { handle } from 'hono/aws-lambda';
import { describe, expect, it } from 'vitest';
import { MAX_TOKEN_REQUEST_BYTES } from '../../src/oauth/token-endpoint.js';
import { useGatewayWorld } from '../support/gateway-world.js';

const world = useGatewayWorld('token-request-size');

const FORM = 'application/x-www-form-urlencoded';

/** `bytes` of form-looking filler, as a stream that counts what the server pulled from it. */
function countedBody(bytes: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new TextEncoder().encode('a'.repeat(16 * 1024));
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= bytes) return controller.close();
      pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { body, pulled: () => pulled };
}

describe('the token endpoint reads at most 8 KiB of a request', () => {
  it('on Node, refuses a chunked body with 413 in OAuth error JSON before reading it all', async () => {
    // Prepare
    const { body, pulled } = countedBody(64 * 1024 * 1024);

    // Act
    const answer = await fetch(`${world.server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body,
      duplex: 'half',
    } as RequestInit);

    // Assess
    expect(answer.status).toBe(413);
    expect(await answer.json()).toEqual({
      error: 'invalid_request',
      error_description: `Send a token request of at most ${MAX_TOKEN_REQUEST_BYTES} bytes`,
    });
    expect(pulled()).toBeLessThan(16 * 1024 * 1024);
  });

  it('on Lambda, refuses an event body over the cap with the same answer', async () => {
    // Prepare
    const handler = handle(world.gateway.app);
    const body = `grant_type=client_credentials&padding=${'a'.repeat(MAX_TOKEN_REQUEST_BYTES)}`;
    const event = {
      version: '2.0',
      routeKey: 'POST /oauth/token',
      rawPath: '/oauth/token',
      rawQueryString: '',
      headers: { 'content-type': FORM, host: 'api.example.test' },
      requestContext: {
        http: {
          method: 'POST',
          path: '/oauth/token',
          protocol: 'HTTP/1.1',
          sourceIp: '203.0.113.9',
          userAgent: 'test',
        },
      },
      body,
      isBase64Encoded: false,
    } as unknown as Parameters<typeof handler>[0];

    // Act
    const answer = await handler(event, {} as Parameters<typeof handler>[1]);

    // Assess
    expect(answer.statusCode).toBe(413);
    expect(JSON.parse(answer.body ?? '')).toMatchObject({ error: 'invalid_request' });
  });
});

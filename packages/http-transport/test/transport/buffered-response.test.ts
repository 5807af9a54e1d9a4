import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('the buffered response', () => {
  it('is read in full within the attempt and can be read again in any form', async () => {
    // Prepare
    server.replies({ status: 200, body: { name: 'Acme' }, headers: { 'x-request-id': 'r-1' } });
    const transport = transportUnderTest();

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect([response.ok, response.status, response.headers.get('x-request-id')]).toEqual([
      true,
      200,
      'r-1',
    ]);
    expect(await response.json()).toEqual({ name: 'Acme' });
    expect(await response.text()).toBe('{"name":"Acme"}');
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"name":"Acme"}');
    expect(await (await response.blob()).text()).toBe('{"name":"Acme"}');
    // Node 20's Response type lacks bytes(); the DOM's (the browser build's) has it.
    const bytes = await (response as Response & { bytes(): Promise<Uint8Array> }).bytes();
    expect(new TextDecoder().decode(bytes)).toBe('{"name":"Acme"}');
    expect(await new Response(response.body).json()).toEqual({ name: 'Acme' });
    expect(await response.clone().json()).toEqual({ name: 'Acme' });
  });

  it('an answer slower than timeoutMs counts as a failed attempt and is retried', async () => {
    // Prepare
    server.replies({ status: 200, body: {}, delayMs: 400 }, { status: 200, body: { second: 1 } });
    const transport = transportUnderTest();

    // Act
    const response = await transport.send(
      new transport.Request(`${server.origin}/x`),
      aCall({ timeoutMs: 100 }),
    );

    // Assess
    expect(await response.json()).toEqual({ second: 1 });
  });
});

import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isIdempotentMethod, isTransientFailure, type RequestLogEvent } from '../../src/index.js';
import { aCall, ClientFailure, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const idempotentOnly = transportUnderTest({
  retryPolicy: (attempt) => isIdempotentMethod(attempt.method) && isTransientFailure(attempt),
});

describe('retries', () => {
  it.each([408, 429, 500, 502, 503, 504])(
    'retries HTTP %i and returns the later answer',
    async (status) => {
      // Prepare
      server.replies({ status }, { status: 200, body: { ok: true } });
      const transport = transportUnderTest();

      // Act
      const response = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

      // Assess
      expect(await response.json()).toEqual({ ok: true });
      expect(server.requests).toHaveLength(2);
    },
  );

  it('sends the same body again on every attempt', async () => {
    // Prepare
    server.replies({ drop: true }, { status: 200, body: {} });
    const transport = transportUnderTest();
    const request = new transport.Request(`${server.origin}/x`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"Acme"}',
    });

    // Act
    await transport.send(request, aCall());

    // Assess
    expect(server.requests.map((received) => received.body)).toEqual([
      '{"name":"Acme"}',
      '{"name":"Acme"}',
    ]);
  });

  it('accepts a platform Request too, reading its body once for all attempts', async () => {
    // Prepare
    server.replies({ status: 503 }, { status: 201, body: {} });
    const transport = transportUnderTest();
    const request = new Request(`${server.origin}/x`, { method: 'POST', body: 'payload' });

    // Act
    const response = await transport.send(request, aCall());

    // Assess
    expect(response.status).toBe(201);
    expect(server.requests.map((received) => received.body)).toEqual(['payload', 'payload']);
  });

  it('asks the policy: with idempotent methods only, a dropped POST is not sent again', async () => {
    // Prepare
    server.replies({ drop: true }, { status: 201 });
    const request = new idempotentOnly.Request(`${server.origin}/x`, { method: 'POST' });

    // Act
    const failure = await idempotentOnly.send(request, aCall()).catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ kind: 'connection' });
    expect(server.requests).toHaveLength(1);
  });

  it('asks the policy: with idempotent methods only, a dropped DELETE is sent again', async () => {
    // Prepare
    server.replies({ drop: true }, { status: 204 });
    const request = new idempotentOnly.Request(`${server.origin}/x`, { method: 'DELETE' });

    // Act
    const response = await idempotentOnly.send(request, aCall());

    // Assess
    expect(response.status).toBe(204);
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries with the last answer, and never retries 4xx', async () => {
    // Prepare
    const transport = transportUnderTest();
    server.replies({ status: 500, body: { attempt: 'last' } });
    const failed = await transport.send(new transport.Request(`${server.origin}/x`), aCall());
    const attemptsOn500 = server.requests.length;
    server.replies({ status: 409 });

    // Act
    const conflict = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect([failed.status, attemptsOn500]).toEqual([500, 3]);
    expect([conflict.status, server.requests.length]).toEqual([409, 1]);
  });

  it('waits as long as Retry-After says, and not at all beyond maxRetryAfterMs', async () => {
    // Prepare
    const transport = transportUnderTest();
    server.replies({ status: 503, headers: { 'retry-after': '1' } }, { status: 200, body: {} });
    const started = performance.now();
    await transport.send(new transport.Request(`${server.origin}/x`), aCall());
    const waited = performance.now() - started;
    server.replies({ status: 503, headers: { 'retry-after': '3600' } });

    // Act
    const refused = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect(waited).toBeGreaterThanOrEqual(990);
    expect([refused.status, server.requests.length]).toEqual([503, 1]);
  });

  it('ends with the client’s connection error when every attempt is dropped', async () => {
    // Prepare
    server.replies({ drop: true });
    const transport = transportUnderTest();

    // Act
    const failure = await transport
      .send(new transport.Request(`${server.origin}/x`), aCall({ maxRetries: 1 }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(ClientFailure);
    expect(failure).toMatchObject({ kind: 'connection' });
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a failure on this side (a blocked port) and names its reason', async () => {
    // Prepare
    const attempts: RequestLogEvent[] = [];
    const transport = transportUnderTest({ logger: (event) => attempts.push(event) });
    // 6000 (X11) is on the fetch standard's list of blocked ports: every attempt fails alike.
    const request = new transport.Request('http://127.0.0.1:6000/x');

    // Act
    const failure = await transport.send(request, aCall()).catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({
      kind: 'connection',
      message: expect.stringContaining('bad port'),
    });
    expect((failure as ClientFailure).details).toMatchObject({ cause: expect.any(TypeError) });
    expect(attempts.map((event) => event.outcome)).toEqual(['network-error']);
  });

  it('still retries a refused connection, which a restarted server may accept', async () => {
    // Prepare
    const attempts: RequestLogEvent[] = [];
    const transport = transportUnderTest({ logger: (event) => attempts.push(event) });
    const closed = await ScriptedServer.start();
    const origin = closed.origin;
    await closed.close();

    // Act
    const failure = await transport
      .send(new transport.Request(`${origin}/x`), aCall({ maxRetries: 1 }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ kind: 'connection', message: 'ECONNREFUSED' });
    expect(attempts).toHaveLength(2);
  });
});

import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('abort and timeout', () => {
  it('an abort during a request ends the call at once, without retries', async () => {
    // Prepare
    server.replies({ status: 200, body: {}, delayMs: 2_000 });
    const transport = transportUnderTest();
    const controller = new AbortController();

    // Act
    const call = transport
      .send(new transport.Request(`${server.origin}/x`), aCall({ signal: controller.signal }))
      .catch((error: unknown) => error);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort(new Error('user left'));
    const failure = await call;

    // Assess
    expect(failure).toMatchObject({ kind: 'aborted', details: { reason: new Error('user left') } });
    expect(server.requests).toHaveLength(1);
  });

  it('an abort during the wait between attempts ends the call at once', async () => {
    // Prepare
    server.replies({ status: 503, headers: { 'retry-after': '30' } });
    const transport = transportUnderTest({ backoff: { maxRetryAfterMs: 60_000 } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();

    // Act
    const failure = await transport
      .send(new transport.Request(`${server.origin}/x`), aCall({ signal: controller.signal }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ kind: 'aborted' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('an already aborted signal sends nothing', async () => {
    // Prepare
    server.replies({ status: 200 });
    const transport = transportUnderTest();

    // Act
    const failure = await transport
      .send(new transport.Request(`${server.origin}/x`), aCall({ signal: AbortSignal.abort() }))
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ kind: 'aborted' });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    ['without', undefined],
    ['with', new AbortController().signal],
  ])(
    'timeoutMs limits each attempt %s a caller signal, then the call fails as timed out',
    async (_, signal) => {
      // Prepare
      // Generous next to loopback latency, so a busy machine still gets each attempt out in time.
      server.replies({ status: 200, body: {}, delayMs: 5_000 });
      const transport = transportUnderTest();

      // Act
      const failure = await transport
        .send(
          new transport.Request(`${server.origin}/x`),
          aCall({ timeoutMs: 400, maxRetries: 1, signal }),
        )
        .catch((error: unknown) => error);

      // Assess
      expect(failure).toMatchObject({ kind: 'timeout', message: '400' });
      expect(server.requests).toHaveLength(2);
    },
  );
});

import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

/** Timers the process holds: in Lambda, one left after the answer runs in a later invocation. */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

describe('after the answer', () => {
  it('leaves no timer of the attempt deadline or the backoff behind, with or without a caller signal', async () => {
    // Prepare: one call first, so the fetch implementation's own connection timers exist already
    const transport = transportUnderTest();
    server.replies({ status: 200, body: {} });
    await transport.send(new transport.Request(`${server.origin}/warm`), aCall());
    const before = activeTimers();

    // Act: a call answered at once, and one answered after a retry, each under a 60 s deadline
    server.replies({ status: 200, body: {} });
    await transport.send(new transport.Request(`${server.origin}/x`), aCall({ timeoutMs: 60_000 }));
    server.replies({ status: 503, body: {} }, { status: 200, body: {} });
    const caller = new AbortController();
    const answered = await transport.send(
      new transport.Request(`${server.origin}/y`),
      aCall({ timeoutMs: 60_000, signal: caller.signal }),
    );

    // Assess
    expect(answered.status).toBe(200);
    // At most as many as before: the fetch implementation's own connection timers may have ended.
    expect(activeTimers()).toBeLessThanOrEqual(before);
  });
});

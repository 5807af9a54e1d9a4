import { withDeadline } from '@devportal/http-transport';
import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

/** Timers the process holds: in Lambda, one left after the answer runs in a later invocation. */
function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
}

/** A fetch of the scripted server's `/x` under `signal`, its body read whole. */
async function fetchText(signal: AbortSignal): Promise<string> {
  const answer = await fetch(`${server.origin}/x`, { signal });
  return answer.text();
}

describe('withDeadline', () => {
  it('answers what the work answers and leaves no timer behind, whether it succeeds or fails', async () => {
    // Prepare: one fetch first, so the fetch implementation's own connection timers exist already
    server.replies({ status: 200, body: { warm: true } });
    await fetchText(new AbortController().signal);
    const before = activeTimers();

    // Act
    server.replies({ status: 200, body: { ok: true } });
    const answered = await withDeadline(60_000, fetchText);
    const failed = await withDeadline(60_000, async () => {
      throw new Error('the work failed');
    }).catch((error: Error) => error.message);

    // Assess
    expect(JSON.parse(answered)).toEqual({ ok: true });
    expect(failed).toBe('the work failed');
    expect(activeTimers()).toBeLessThanOrEqual(before);
  });

  it('cuts work that outlives it with a TimeoutError, as AbortSignal.timeout would', async () => {
    server.replies({ status: 200, body: {}, delayMs: 2_000 });

    const outcome = await withDeadline(50, fetchText).catch((error: Error) => error);

    expect(outcome).toBeInstanceOf(Error);
    expect((outcome as Error).name).toBe('TimeoutError');
  });

  it("follows the caller's signal, including one aborted before the work starts", async () => {
    const caller = new AbortController();
    caller.abort(new Error('the caller gave up'));

    let started = false;
    const outcome = await withDeadline(
      60_000,
      async (signal) => {
        started = true;
        signal.throwIfAborted();
        return 'ran';
      },
      caller.signal,
    ).catch((error: Error) => error.message);

    expect(started).toBe(true);
    expect(outcome).toBe('the caller gave up');
  });
});

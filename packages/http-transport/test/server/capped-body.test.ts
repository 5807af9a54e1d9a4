import { BODY_TOO_LARGE, readBodyAtMost } from '@devportal/http-transport';
import { describe, expect, it } from 'vitest';

/** A chunked body that never ends, counting the chunks the reader pulled. */
function endlessBody(chunkBytes: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (cancelled) return;
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request('http://localhost/', { method: 'POST', body, duplex: 'half' });
  return { request, pulled: () => pulled };
}

describe('readBodyAtMost', () => {
  it('returns a body within the cap, byte for byte', async () => {
    const request = new Request('http://localhost/', { method: 'POST', body: 'abc' });

    const body = await readBodyAtMost(request, 3);

    expect(new TextDecoder().decode(body as Uint8Array)).toBe('abc');
  });

  it('reads a request without a body as no bytes', async () => {
    expect(await readBodyAtMost(new Request('http://localhost/'), 10)).toEqual(new Uint8Array());
  });

  it('refuses a declared length over the cap without reading the body', async () => {
    const { request, pulled } = endlessBody(1024);
    request.headers.set('content-length', '2048');

    expect(await readBodyAtMost(request, 1024)).toBe(BODY_TOO_LARGE);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops reading an endless chunked body as soon as it passes the cap', async () => {
    const { request, pulled } = endlessBody(1024);

    expect(await readBodyAtMost(request, 4096)).toBe(BODY_TOO_LARGE);
    // Five chunks pass 4 KiB; the stream may have queued one ahead.
    expect(pulled()).toBeLessThanOrEqual(6);
  });
});

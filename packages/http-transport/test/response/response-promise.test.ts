import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ResponseMeta, ResponsePromise, responseMetaOf } from '../../src/index.js';

const meta: ResponseMeta = { status: 200, headers: {}, requestId: 'req-1' };

describe('ResponsePromise', () => {
  it('awaits to the data, typed as a plain Promise of it', async () => {
    // Prepare
    const call = new ResponsePromise(Promise.resolve({ data: { id: 7 }, response: meta }));

    // Act
    const data = await call;

    // Assess
    expect(data).toEqual({ id: 7 });
    expect(call).toBeInstanceOf(Promise);
    expectTypeOf(call).toExtend<Promise<{ id: number }>>();
  });

  it('gives the data with its response through withResponse()', async () => {
    // Act
    const { data, response } = await new ResponsePromise(
      Promise.resolve({ data: 'card', response: meta }),
    ).withResponse();

    // Assess
    expect([data, response.requestId, response.status]).toEqual(['card', 'req-1', 200]);
  });

  it('rejects both views with the call’s error, leaving no unhandled rejection', async () => {
    // Prepare
    const failure = new Error('refused');
    const onlyWithResponse = new ResponsePromise(Promise.reject(failure));
    const onlyAwaited = new ResponsePromise(Promise.reject(failure));

    // Act
    const viaWithResponse = await onlyWithResponse.withResponse().catch((error: unknown) => error);
    const viaAwait = await onlyAwaited.catch((error: unknown) => error);
    const viaFinally = await new ResponsePromise(Promise.reject(failure))
      .finally(() => undefined)
      .catch((error: unknown) => error);

    // Assess
    expect([viaWithResponse, viaAwait, viaFinally]).toEqual([failure, failure, failure]);
  });

  it('chains into plain promises', async () => {
    // Act
    const chained = new ResponsePromise(Promise.resolve({ data: 2, response: meta })).then(
      (value) => value * 3,
    );

    // Assess
    expect(chained).not.toBeInstanceOf(ResponsePromise);
    expect(await chained).toBe(6);
  });
});

describe('responseMetaOf', () => {
  it('reads the status, the server’s x-request-id and the headers, cookies redacted', () => {
    // Prepare
    const response = new Response('{}', {
      status: 201,
      headers: { 'X-Request-Id': 'gw-42', 'Set-Cookie': 'session=secret', 'RateLimit-Limit': '5' },
    });

    // Act
    const read = responseMetaOf(response);

    // Assess
    expect(read).toEqual({
      status: 201,
      requestId: 'gw-42',
      headers: {
        'content-type': 'text/plain;charset=UTF-8',
        'ratelimit-limit': '5',
        'set-cookie': '[REDACTED]',
        'x-request-id': 'gw-42',
      },
    });
    expect(Object.isFrozen(read.headers)).toBe(true);
  });
});

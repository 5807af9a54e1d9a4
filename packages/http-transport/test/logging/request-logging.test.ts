import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedToken, type RequestLogEvent } from '../../src/index.js';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const secretToken = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';

describe('logging and redaction', () => {
  it('logs one event per exchange with outcome, status and retry count', async () => {
    // Prepare
    const events: RequestLogEvent[] = [];
    server.replies({ status: 500 }, { drop: true }, { status: 200, body: {} });
    const transport = transportUnderTest({ logger: (event) => events.push(event) });

    // Act
    await transport.send(
      new transport.Request(`${server.origin}/v1/things?limit=2`),
      aCall({ operationId: 'listThings' }),
    );

    // Assess
    const summaries = events.map(
      (event) => `${event.outcome} ${event.status} #${event.retryCount}`,
    );
    expect(summaries).toEqual(['response 500 #0', 'network-error undefined #1', 'response 200 #2']);
    expect(events[0]).toMatchObject({
      operationId: 'listThings',
      method: 'GET',
      path: '/v1/things?limit=2',
      durationMs: expect.any(Number),
    });
  });

  it('never shows the token: Authorization is redacted, and error bodies lose it', async () => {
    // Prepare
    const events: RequestLogEvent[] = [];
    server.replies({ status: 403, body: { detail: `token ${secretToken} lacks a role` } });
    const transport = transportUnderTest({
      tokens: fixedToken(secretToken),
      logger: (event) => events.push(event),
    });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect(await response.json()).toEqual({ detail: 'token [REDACTED] lacks a role' });
    expect(events[0]?.requestHeaders).toMatchObject({ authorization: '[REDACTED]' });
    expect(JSON.stringify(events)).not.toContain(secretToken);
  });

  it('removes anything of the API’s token shape from error bodies, not just the sent token', async () => {
    // Prepare
    server.replies({ status: 401, body: { detail: 'rejected eyJzdHJhbmdlciJ9.e30.c2ln' } });
    const transport = transportUnderTest({ secretShapes: [/eyJ[\w-]*\.[\w-]*\.[\w-]*/g] });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect(await response.text()).toBe('{"detail":"rejected [REDACTED]"}');
  });

  it('a throwing logger does not fail the call', async () => {
    // Prepare
    server.replies({ status: 200, body: { fine: true } });
    const transport = transportUnderTest({
      logger: () => {
        throw new Error('log sink down');
      },
    });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/x`), aCall());

    // Assess
    expect(await response.json()).toEqual({ fine: true });
  });
});

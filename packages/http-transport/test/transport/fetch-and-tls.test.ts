import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchFunction, TlsOptions } from '../../src/index.js';
import { aCall, transportUnderTest } from '../support/transport-under-test.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('custom fetch and TLS settings', () => {
  it('sends every attempt through an injected fetch, as a platform Request', async () => {
    // Prepare
    const seen: string[] = [];
    const tracingFetch: FetchFunction = (input, init) => {
      seen.push(`${input instanceof Request} ${input.method} ${new URL(input.url).pathname}`);
      return fetch(input, init);
    };
    server.replies({ status: 502 }, { status: 200, body: { ok: true } });
    const transport = transportUnderTest({ fetch: tracingFetch });

    // Act
    const response = await transport.send(new transport.Request(`${server.origin}/y`), aCall());

    // Assess
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toEqual(['true GET /y', 'true GET /y']);
  });

  it('refuses settings that cannot work with the client’s configuration error', () => {
    // Act
    const halfPem = () => transportUnderTest({ tls: { cert: 'PEM' } as unknown as TlsOptions });
    const pemAndPfx = () =>
      transportUnderTest({
        tls: { cert: 'PEM', key: 'KEY', pfx: Buffer.from('') } as unknown as TlsOptions,
      });
    const tlsAndFetch = () => transportUnderTest({ tls: { ca: 'CA' }, fetch });

    // Assess
    for (const build of [halfPem, pemAndPfx, tlsAndFetch]) {
      expect(build).toThrow(expect.objectContaining({ kind: 'configuration' }));
    }
  });
});

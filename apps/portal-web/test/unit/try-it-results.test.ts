import { describe, expect, it } from 'vitest';
import { curlSample, typescriptSample } from '../../src/reference/code-samples.js';
import { CARD_OPERATIONS, initialValues } from '../../src/try-it/card-operations.js';
import { maskFormSecret } from '../../src/try-it/http-exchange.js';
import { linksIn } from '../../src/try-it/result-links.js';
import { contourOf } from '../../src/try-it/token-contour.js';

const jwtWith = (claims: unknown) =>
  `eyJhbGciOiJFUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.c2ln`;

describe('what «Попробовать» makes of a result', () => {
  it('offers the cards of a list and the certificates of getCryptoInfo', () => {
    const cards = JSON.stringify({
      businessCards: [
        { businessCardId: 'ccf62938-cbda-4785-a008-12bd300bef80', cardPan: '2202 **** 1234' },
        { cardPan: 'no id' },
      ],
    });
    expect(linksIn(cards)).toEqual({
      cards: [{ id: 'ccf62938-cbda-4785-a008-12bd300bef80', pan: '2202 **** 1234' }],
      certificates: [],
    });
    expect(
      linksIn(
        JSON.stringify({ certificateInfos: [{ uuid: '393d9769-c4dd-473f-b39e-1f4e770cebbf' }] }),
      ).certificates,
    ).toEqual(['393d9769-c4dd-473f-b39e-1f4e770cebbf']);
    expect(linksIn('<html>')).toEqual({ cards: [], certificates: [] });
  });

  it('reads the contour of the product from the gateway token, and nothing from a stranger', () => {
    const token = jwtWith({
      plans: [{ productId: 'business-cards', planId: 'sandbox', contour: 'sandbox' }],
    });
    expect(contourOf(token, 'business-cards')).toBe('sandbox');
    expect(contourOf(token, 'another-product')).toBeUndefined();
    expect(contourOf('opaque', 'business-cards')).toBeUndefined();
    expect(contourOf('a.%%%.b', 'business-cards')).toBeUndefined();
  });

  it('hides the Client Secret of the token request it shows', () => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'app-1',
      client_secret: 's3cr3t+/=',
    });
    const shown = maskFormSecret(form);
    expect(shown).not.toContain('s3cr3t');
    expect(shown).toContain('client_id=app-1');
    expect(shown).toContain('client_secret=••••••••');
    expect(form.get('client_secret')).toBe('s3cr3t+/=');
  });

  it('copies a sent call as curl and as TypeScript, with no secret in either', () => {
    const operation = CARD_OPERATIONS.find(({ id }) => id === 'getCryptoInfo');
    if (!operation) throw new Error('getCryptoInfo is not offered');
    const values = initialValues();
    const request = operation.request(values);
    expect(request).toEqual({ method: 'GET', path: '/v1/crypto' });

    const curl = curlSample(request, 'gateway', { gatewayUrl: 'https://portal.example' });
    expect(curl).toContain('"https://portal.example/cards/fintech/api/v1/crypto"');
    expect(curl).toContain('client_secret=$DEVPORTAL_CLIENT_SECRET');
    const typescript = typescriptSample(operation.id, operation.sample(values), 'gateway', {
      gatewayUrl: 'https://portal.example',
    });
    expect(typescript).toContain('await client.getCryptoInfo()');
    expect(typescript).toContain('process.env.DEVPORTAL_CLIENT_SECRET!');
  });

  it('names the sandbox user of a call in its curl copy, and only when there is one', () => {
    const request = { method: 'GET', path: '/v1/crypto' };

    const asVector = curlSample(request, 'gateway', { sandboxUser: 'vector.director' });
    const asDefault = curlSample(request, 'gateway');

    expect(asVector).toContain("-H 'X-Sandbox-User: vector.director'");
    expect(asDefault).not.toContain('X-Sandbox-User');
  });

  it("quotes a body's apostrophes for the shell", () => {
    const curl = curlSample({ method: 'POST', path: '/v1/x', body: { name: "O'Brien" } }, 'bank');
    expect(curl).toContain(`-d '{"name":"O'\\''Brien"}'`);
  });
});

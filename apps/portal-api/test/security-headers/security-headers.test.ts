import { describe, expect, it } from 'vitest';
import { identityConnectSources, withSecurityHeaders } from '../../src/http/security-headers.js';

const request = new Request('http://portal.test/v1/me');

describe('withSecurityHeaders', () => {
  it('sets the headers on an answer whose own headers are immutable (a redirect)', async () => {
    const fetch = withSecurityHeaders(() => Response.redirect('http://portal.test/login', 302), {
      https: false,
    });

    const answer = await fetch(request);

    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('http://portal.test/login');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('strict-transport-security')).toBeNull();
  });

  it("replaces an app's own value and adds HSTS over https", async () => {
    const fetch = withSecurityHeaders(
      () => new Response('{}', { headers: { 'x-frame-options': 'SAMEORIGIN' } }),
      { https: true },
    );

    const answer = await fetch(request);

    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(await answer.text()).toBe('{}');
  });
});

describe("the site's connect-src follows its identity configuration", () => {
  it("names Cognito's regional endpoint when the site is configured with a region only", () => {
    expect(identityConnectSources({ kind: 'cognito', region: 'eu-central-1' })).toEqual([
      'https://cognito-idp.eu-central-1.amazonaws.com',
    ]);
  });

  it("names the origin of a configured endpoint (an emulator) and nothing of Cognito's", () => {
    expect(
      identityConnectSources({
        kind: 'cognito',
        region: 'eu-central-1',
        endpoint: 'http://127.0.0.1:9229/',
      }),
    ).toEqual(['http://127.0.0.1:9229']);
  });

  it("adds nothing for an identity provider on the site's own origin", () => {
    expect(identityConnectSources({ kind: 'dev', url: '/idp' })).toEqual([]);
  });

  it('refuses an endpoint that is not an http(s) URL', () => {
    expect(() =>
      identityConnectSources({ kind: 'cognito', region: 'eu-central-1', endpoint: 'data:,x' }),
    ).toThrow('identity.endpoint must be an http(s) URL');
  });

  it('puts the configured origins into the CSP of every answer', async () => {
    const fetch = withSecurityHeaders(() => new Response('{}'), {
      https: false,
      connectSources: ['http://127.0.0.1:9229'],
    });

    const answer = await fetch(request);

    expect(answer.headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://127.0.0.1:9229;",
    );
  });
});

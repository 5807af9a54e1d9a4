import { describe, expect, it } from 'vitest';
import { withSecurityHeaders } from '../../src/http/security-headers.js';

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

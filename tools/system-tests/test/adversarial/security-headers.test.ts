import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpAnswer, send } from '../support/http-answer.js';
import { type Person, signUp } from '../support/stack-session.js';

let person: Person;

/** Every kind of answer the stack's one Node server gives, by who answers it. */
const ANSWERS: Record<string, () => Promise<HttpAnswer>> = {
  'the website’s page': () => send('GET', `${inject('stackUrl')}/`),
  'a deep link of the website': () => send('GET', `${inject('stackUrl')}/orgs/some-org/apps`),
  'a file the website lacks': () => send('GET', `${inject('stackUrl')}/assets/missing.js`),
  'portal API JSON': () => send('GET', `${inject('stackUrl')}/v1/me`, { bearer: person.idToken }),
  'a portal API problem (401)': () => send('GET', `${inject('stackUrl')}/v1/me`),
  'a portal API 404': () => send('GET', `${inject('stackUrl')}/v1/no-such-route`),
  'the identity provider': () =>
    send('GET', `${inject('stackUrl')}/idp/.well-known/openid-configuration`),
  'the gateway’s token endpoint': () =>
    send('POST', inject('gatewayTokenUrl'), {
      rawBody: 'grant_type=client_credentials',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
  'a gateway bank route': () =>
    send('GET', `${inject('gatewayApiBaseUrl')}/v1/business-cards?page=1&statusCodes=ACTIVE`),
};

beforeAll(async () => {
  person = await signUp('security-headers');
});

describe('the Node runtime’s answers carry the security headers CloudFront sets on the site', () => {
  for (const [kind, answer] of Object.entries(ANSWERS)) {
    it(kind, async () => {
      const { status, headers } = await answer();
      const policy = headers.get('content-security-policy') ?? '';
      console.info(
        `security headers: ${kind} (${status}) → csp ${policy ? 'set' : 'missing'}, nosniff ${headers.get('x-content-type-options')}, referrer ${headers.get('referrer-policy')}, frame ${headers.get('x-frame-options')}`,
      );
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      // Plain http on loopback: HSTS would pin a name to https that nothing serves there.
      expect(headers.get('strict-transport-security')).toBeNull();
    });
  }
});

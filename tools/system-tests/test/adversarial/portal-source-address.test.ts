import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allPages } from '../support/portal-pages.js';
import { portalOk, signUp } from '../support/stack-session.js';

/** Documentation addresses (RFC 5737): whoever shows them in the audit trail believed a header. */
const FORGED_CLIENT = '203.0.113.66';
const FORGED_PROXY = '198.51.100.7';
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

describe('portal API: the audit trail’s source address under a forged X-Forwarded-For', () => {
  it('records the connection’s real address, never a hop the caller wrote', async () => {
    // Prepare
    const owner = await signUp('forwarded-for');

    // Act: every write carries forged hops, as any client can send them
    const created = await portalOk(owner, 'POST', '/v1/organizations', {
      body: { name: 'Forged hops' },
      headers: { 'x-forwarded-for': FORGED_CLIENT },
    });
    await portalOk(owner, 'PATCH', `/v1/organizations/${created.id}`, {
      body: { name: 'Forged hops, renamed' },
      headers: { 'x-forwarded-for': `${FORGED_CLIENT}, ${FORGED_PROXY}` },
    });
    const events = await allPages(owner, `/v1/organizations/${created.id}/audit-events`);

    // Assess
    const sources = events.map((event: { action: string; sourceIp?: string }) => ({
      action: event.action,
      sourceIp: event.sourceIp,
    }));
    console.info(`forwarded-for: the audit trail shows ${JSON.stringify(sources)}`);
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const { sourceIp } of sources) {
      expect(isIP(sourceIp ?? ''), `${sourceIp} is an address`).not.toBe(0);
      expect(LOOPBACK.has(sourceIp ?? ''), `${sourceIp} is the test's own loopback`).toBe(true);
    }
  });
});

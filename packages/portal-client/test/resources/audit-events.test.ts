import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf } from '../support/clients.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

describe('the audit log through the client', () => {
  it('sends the filters of a listing as query parameters, on every page', async () => {
    // Prepare
    server.replies(
      { status: 200, body: { items: [], nextCursor: 'next-1' } },
      { status: 200, body: { items: [] } },
    );
    const client = clientOf(server.origin);

    // Act
    const pages = [];
    for await (const page of client.auditEvents
      .list('org-1', { action: 'member.removed', from: '2026-12-01T00:00:00Z', limit: 10 })
      .pages()) {
      pages.push(page);
    }

    // Assess
    expect(pages).toHaveLength(2);
    for (const request of server.requests) {
      const query = new URL(request.url, server.origin).searchParams;
      expect(query.get('action')).toBe('member.removed');
      expect(query.get('from')).toBe('2026-12-01T00:00:00Z');
    }
    expect(new URL(server.requests[1]?.url ?? '', server.origin).searchParams.get('cursor')).toBe(
      'next-1',
    );
  });

  it('reads the export as CSV text, not JSON', async () => {
    // Prepare
    const csv = 'at,action\r\n2026-12-01T10:00:00.000Z,member.removed\r\n';
    server.replies({
      status: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    const client = clientOf(server.origin);

    // Act
    const text = await client.auditEvents.export('org-1', { actorUserId: 'user-1' });

    // Assess
    expect(text).toBe(csv);
    expect(server.requests[0]?.url).toBe(
      '/v1/organizations/org-1/audit-events/export?actorUserId=user-1',
    );
  });
});

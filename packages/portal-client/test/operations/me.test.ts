import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOf } from '../support/clients.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const user = { id: 'u-1', email: 'anna@partner.test', operator: false, language: 'en' };

describe("the person's language", () => {
  it('passes the page language to the first GET /v1/me as a query parameter', async () => {
    server.replies({ status: 200, body: { user, organizations: [] } });

    const me = await clientOf(server.origin).me({ language: 'en' });

    expect(server.requests[0]?.url).toBe('/v1/me?language=en');
    expect(me.user.language).toBe('en');
  });

  it('sends no query when no language is given', async () => {
    server.replies({ status: 200, body: { user, organizations: [] } });

    await clientOf(server.origin).me();

    expect(server.requests[0]?.url).toBe('/v1/me');
  });

  it('changes it with PATCH /v1/me', async () => {
    server.replies({ status: 200, body: user });

    const changed = await clientOf(server.origin).updateMe({ language: 'en' });

    expect(server.requests[0]).toMatchObject({ method: 'PATCH', url: '/v1/me' });
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ language: 'en' });
    expect(changed.language).toBe('en');
  });
});

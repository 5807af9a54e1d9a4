import { ScriptedServer } from '@devportal/http-transport/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalConflictError, PortalNotFoundError, type WebhookDelivery } from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import { webhook } from '../support/portal-records.js';

const server = new ScriptedServer();
beforeAll(() => server.listen());
afterAll(() => server.close());

const webhooksPath = '/v1/organizations/org-1/applications/app-1/webhooks';

function delivery(attempt: number): WebhookDelivery {
  return {
    eventId: 'evt-1',
    eventType: 'limit_change.state_changed',
    attempt,
    at: `2026-11-23T10:0${attempt}:00Z`,
    outcome: attempt === 1 ? 'failed' : 'delivered',
    httpStatus: attempt === 1 ? 503 : 200,
    durationMs: 12,
  };
}

function problem(status: number, code: string) {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: { type: `urn:devportal:problem:${code}`, title: code, status, code },
  };
}

describe('client.webhooks', () => {
  it('registers a webhook and returns its signing secret', async () => {
    // Prepare
    server.replies({ status: 201, body: { webhook, secret: 'whsec_shown-once' } });
    const client = clientOf(server.origin);

    // Act
    const registered = await client.webhooks.register('org-1', 'app-1', {
      url: webhook.url,
      events: ['limit_change.state_changed'],
    });

    // Assess
    expect(registered).toEqual({ webhook, secret: 'whsec_shown-once' });
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: webhooksPath,
      body: JSON.stringify({ url: webhook.url, events: ['limit_change.state_changed'] }),
      headers: { 'content-type': 'application/json' },
    });
  });

  it('does not retry a registration the portal failed to answer', async () => {
    // Prepare
    server.replies({ status: 503 }, { status: 201, body: { webhook, secret: 'whsec_twice' } });
    const client = clientOf(server.origin);

    // Act
    const failure = await client.webhooks
      .register('org-1', 'app-1', { url: webhook.url })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it('sends a test event once, never retrying it, and returns its id', async () => {
    // Prepare
    server.replies({ status: 503 }, { status: 202, body: { eventId: 'evt-twice' } });
    const client = clientOf(server.origin);

    // Act
    const failure = await client.webhooks
      .sendTestEvent('org-1', 'app-1', 'wh-1')
      .catch((error: unknown) => error);
    const queued = await client.webhooks.sendTestEvent('org-1', 'app-1', 'wh-1');

    // Assess
    expect(failure).toMatchObject({ status: 503 });
    expect(queued).toEqual({ eventId: 'evt-twice' });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]).toMatchObject({
      method: 'POST',
      url: `${webhooksPath}/wh-1/test-events`,
    });
  });

  it('lists the application’s webhooks as an array', async () => {
    // Prepare
    server.replies({ status: 200, body: { items: [webhook] } });
    const client = clientOf(server.origin);

    // Act
    const listed = await client.webhooks.list('org-1', 'app-1');

    // Assess
    expect(listed).toEqual([webhook]);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: webhooksPath });
  });

  it('deletes a webhook, and a missing one is a not-found error', async () => {
    // Prepare
    server.replies({ status: 204 }, problem(404, 'webhook_not_found'));
    const client = clientOf(server.origin);

    // Act
    const deleted = await client.webhooks.delete('org-1', 'app-1', 'wh-1');
    const again = await client.webhooks
      .delete('org-1', 'app-1', 'wh-1')
      .catch((error: unknown) => error);

    // Assess
    expect(deleted).toBeUndefined();
    expect(again).toBeInstanceOf(PortalNotFoundError);
    expect(again).toMatchObject({ code: 'webhook_not_found', operationId: 'deleteWebhook' });
    expect(server.requests.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `DELETE ${webhooksPath}/wh-1`,
      `DELETE ${webhooksPath}/wh-1`,
    ]);
  });

  it('a sixth webhook is a conflict error', async () => {
    // Prepare
    server.replies(problem(409, 'webhook_limit_reached'));
    const client = clientOf(server.origin);

    // Act
    const failure = await client.webhooks
      .register('org-1', 'app-1', { url: webhook.url })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(PortalConflictError);
    expect(failure).toMatchObject({ code: 'webhook_limit_reached' });
  });

  it('reads the delivery log page by page, following nextCursor', async () => {
    // Prepare
    server.replies(
      { status: 200, body: { items: [delivery(2)], nextCursor: 'page-2' } },
      { status: 200, body: { items: [delivery(1)] } },
    );
    const client = clientOf(server.origin);

    // Act
    const attempts: WebhookDelivery[] = [];
    for await (const attempt of client.webhooks.deliveries('org-1', 'app-1', 'wh-1', {
      limit: 1,
    })) {
      attempts.push(attempt);
    }

    // Assess
    expect(attempts).toEqual([delivery(2), delivery(1)]);
    expect(server.requests.map((request) => request.url)).toEqual([
      `${webhooksPath}/wh-1/deliveries?limit=1`,
      `${webhooksPath}/wh-1/deliveries?limit=1&cursor=page-2`,
    ]);
  });
});

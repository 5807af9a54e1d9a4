import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Page, RegisteredWebhook, Subscription } from '../../src/index.js';
import { clientOf } from '../support/clients.js';
import { FakePortal } from '../support/fake-portal.js';
import { completedSyncRun, runningSyncRun, webhook } from '../support/portal-records.js';

const portal = new FakePortal();
beforeAll(() => portal.listen());
afterAll(() => portal.close());

/** A 200 with `body`, named `requestId` as the portal names its answers. */
function answer(requestId: string, body: unknown, status = 200) {
  return { status, headers: { 'x-request-id': requestId }, body };
}

const subscription: Subscription = {
  applicationId: 'app-1',
  productId: 'cards',
  planId: 'basic',
  createdAt: '2026-11-23T10:00:00Z',
};

describe('withResponse() on the calls that read lists, poll or manage webhooks', () => {
  it("a list's firstPage() gives the page with its response; the page still leads to the next", async () => {
    // Prepare
    portal.seed(3);
    const client = clientOf(portal.origin);

    // Act
    const call = client.organizations.list({ limit: 2 }).firstPage();
    const { data: page, response } = await call.withResponse();
    const next = await page.getNextPage();

    // Assess
    expect(page.items.map(({ id }) => id)).toEqual(['org-1', 'org-2']);
    expect(response).toMatchObject({ status: 200, requestId: 'req-1' });
    expect(next?.items.map(({ id }) => id)).toEqual(['org-3']);
    expectTypeOf(call).toExtend<Promise<Page<{ id: string }>>>();
  });

  it('subscriptions.list gives the array with the response it came in', async () => {
    // Prepare
    portal.replies(answer('req-subscriptions', { items: [subscription] }));

    // Act
    const call = clientOf(portal.origin).subscriptions.list('org-1', 'app-1');
    const { data, response } = await call.withResponse();

    // Assess
    expect(data).toEqual([subscription]);
    expect(response).toMatchObject({ status: 200, requestId: 'req-subscriptions' });
    expect(await clientOf(portal.origin).subscriptions.list('org-1', 'app-1')).toEqual([
      subscription,
    ]);
    expectTypeOf(data).toEqualTypeOf<Subscription[]>();
  });

  it('webhooks.list, register and delete give their data with the response', async () => {
    // Prepare
    portal.replies(
      answer('req-list', { items: [webhook] }),
      answer('req-register', { webhook, secret: 'whsec_shown-once' }, 201),
      { status: 204, headers: { 'x-request-id': 'req-delete' } },
    );
    const { webhooks } = clientOf(portal.origin);

    // Act
    const listed = await webhooks.list('org-1', 'app-1').withResponse();
    const registered = await webhooks
      .register('org-1', 'app-1', { url: webhook.url })
      .withResponse();
    const deleted = await webhooks.delete('org-1', 'app-1', 'wh-1').withResponse();

    // Assess
    expect(listed).toMatchObject({ data: [webhook], response: { requestId: 'req-list' } });
    expect(registered).toMatchObject({
      data: { webhook, secret: 'whsec_shown-once' },
      response: { status: 201, requestId: 'req-register' },
    });
    expect(deleted.response).toMatchObject({ status: 204, requestId: 'req-delete' });
    expectTypeOf(registered.data).toEqualTypeOf<RegisteredWebhook>();
  });

  it('waitForSyncRun gives the finished run with the response of the read that found it finished', async () => {
    // Prepare
    portal.replies(
      answer('req-poll-1', runningSyncRun),
      answer('req-poll-2', runningSyncRun),
      answer('req-poll-3', completedSyncRun),
    );

    // Act
    const { data, response } = await clientOf(portal.origin)
      .limitChanges.waitForSyncRun('org-1', 'run-1', { pollIntervalMs: 1 })
      .withResponse();

    // Assess
    expect(data).toEqual(completedSyncRun);
    expect(response).toMatchObject({ status: 200, requestId: 'req-poll-3' });
    expect(portal.requests).toHaveLength(3);
  });
});

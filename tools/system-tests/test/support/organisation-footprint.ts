import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { expect, inject } from 'vitest';
import { send } from './http-answer.js';
import { runLedger } from './run-ledger.js';
import {
  gatewayToken,
  type Organisation,
  portalOk,
  subscribedApplication,
} from './stack-session.js';

/** An organisation's resources of every kind, each named by the spec's path parameter. */
export type Footprint = Readonly<Record<string, string>>;

/**
 * Gives the organisation one resource of every kind a portal path can name (an application with
 * a webhook and a recorded limit change, a pending invitation, an access request, a finished
 * status-sync run) and returns
 * their ids under the spec's parameter names (`appId`, `webhookId`, …).
 */
export async function leaveFootprint(organisation: Organisation): Promise<Footprint> {
  const owner = organisation.members.Owner;
  const base = `/v1/organizations/${organisation.id}`;
  const application = await subscribedApplication(owner, organisation.id, 'sandbox');
  const webhook = await portalOk(owner, 'POST', `${base}/applications/${application.id}/webhooks`, {
    body: { url: 'https://hooks.system.test/footprint' },
  });
  runLedger.witness('webhook signing secret', webhook.secret);
  const invitation = await portalOk(owner, 'POST', `${base}/invitations`, {
    body: { email: `pending-${randomUUID().slice(0, 8)}@system.test`, role: 'Observer' },
  });
  runLedger.witness('invitation token', invitation.token);
  const accessRequest = await portalOk(owner, 'POST', `${base}/access-requests`, {
    body: {
      productId: 'business-cards',
      contactName: 'Footprint Owner',
      contactEmail: 'owner@system.test',
      purpose: 'Production limits for the footprint',
    },
  });
  const externalId = await draftLimitChange(await gatewayToken(application));
  const runId = await finishedSyncRun(owner, base);
  return {
    orgId: organisation.id,
    appId: application.id,
    userId: organisation.members.Developer.userId,
    invitationId: invitation.invitation.id,
    token: invitation.token,
    webhookId: webhook.webhook.id,
    requestId: accessRequest.id,
    externalId,
    runId,
    productId: 'business-cards',
  };
}

/**
 * A manual status sync of the organisation, waited for until it reports, so that nothing of the
 * footprint changes after it is taken; the run's id.
 */
async function finishedSyncRun(
  owner: Organisation['members']['Owner'],
  base: string,
): Promise<string> {
  const started = await portalOk(owner, 'POST', `${base}/limit-changes/sync`);
  for (let polls = 0; polls < 100; polls++) {
    const run = await portalOk(owner, 'GET', `${base}/limit-changes/sync-runs/${started.runId}`);
    if (run.status !== 'running') return started.runId;
    await setTimeout(200);
  }
  throw new Error(`The sync run ${started.runId} did not report within 20 s`);
}

/** A limit change created through the stack's gateway as a draft; its externalId. */
async function draftLimitChange(token: string): Promise<string> {
  const api = inject('gatewayApiBaseUrl');
  const page = await send('GET', `${api}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
    bearer: token,
  });
  expect(page.status, page.text).toBe(200);
  const externalId = randomUUID();
  const create = () =>
    send('POST', `${api}/v1/business-cards/limits`, {
      bearer: token,
      body: {
        businessCardId: page.body.businessCards[0].businessCardId,
        code: 'NON_RENEW',
        externalId,
        limit: 1_000,
      },
    });
  let created = await create();
  // The sandbox plan spaces calls 200 ms apart (5 a second): a partner's client waits as told.
  for (let retries = 0; created.status === 429 && retries < 3; retries++) {
    await setTimeout(Number(created.headers.get('retry-after') ?? 1) * 1000);
    created = await create();
  }
  expect(created.status, created.text).toBe(201);
  return externalId;
}

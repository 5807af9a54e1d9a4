import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setTimeout } from 'node:timers/promises';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type HttpAnswer, send } from '../support/http-answer.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import { logFile } from '../support/log-file.js';
import {
  gatewayToken,
  type Person,
  portal,
  portalOk,
  signUp,
  subscribedApplication,
} from '../support/stack-session.js';

const DOCUMENTS = 20;
const CONCURRENT_POSTS = 5;
const RUN_POLL_MS = 200;
const RUN_WAIT_MS = 30_000;

let owner: Person;
let base: string;
const externalIds: string[] = [];

/**
 * The sandbox's state reads of these documents so far, from the stack's log (one line per
 * request the sandbox served, with its path): other organisations' reads, the scheduled sync's
 * included, never match these ids.
 */
async function stateReadsOf(ids: readonly string[]): Promise<number> {
  const log = await readFile(logFile(inject('runDirectory'), 'stack'), 'utf8');
  const wanted = new Set(ids);
  return log.split('\n').filter((line) => {
    const externalId = /\/business-cards\/limits\/([^/\s]+)\/state /.exec(line)?.[1];
    return line.startsWith('sandbox ') && externalId !== undefined && wanted.has(externalId);
  }).length;
}

async function runReport(runId: string) {
  const deadline = performance.now() + RUN_WAIT_MS;
  while (performance.now() < deadline) {
    const run = await portalOk(owner, 'GET', `${base}/limit-changes/sync-runs/${runId}`);
    if (run.status !== 'running') return run;
    await setTimeout(RUN_POLL_MS);
  }
  throw new Error(`The sync run ${runId} did not report within ${RUN_WAIT_MS} ms`);
}

beforeAll(async () => {
  owner = await signUp('sync-amplification');
  const organisation = await portalOk(owner, 'POST', '/v1/organizations', {
    body: { name: 'Sync amplification' },
  });
  base = `/v1/organizations/${organisation.id}`;
  const application = await subscribedApplication(owner, organisation.id, LOAD_TEST_PLAN_ID);
  const token = await gatewayToken(application);
  const api = inject('gatewayApiBaseUrl');
  const page = await send('GET', `${api}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
    bearer: token,
  });
  const cardId = page.body.businessCards[0].businessCardId;
  for (let index = 0; index < DOCUMENTS; index++) {
    const externalId = randomUUID();
    // Drafts: they stay CREATED at the sandbox, so every one is pending for every run.
    const created = await send('POST', `${api}/v1/business-cards/limits`, {
      bearer: token,
      body: { businessCardId: cardId, code: 'NON_RENEW', externalId, limit: 1_000 + index },
    });
    expect(created.status, created.text).toBe(201);
    externalIds.push(externalId);
  }
}, 60_000);

describe('manual sync: five concurrent POSTs for 20 pending documents', () => {
  it('start one run (the others 429 with Retry-After) that reads each document once', async () => {
    // Prepare
    const readsBefore = await stateReadsOf(externalIds);

    // Act
    const answers: HttpAnswer[] = await Promise.all(
      Array.from({ length: CONCURRENT_POSTS }, () =>
        portal(owner, 'POST', `${base}/limit-changes/sync`),
      ),
    );
    const started = answers.filter((answer) => answer.status === 202);
    const refused = answers.filter((answer) => answer.status === 429);
    const report = started[0] ? await runReport(started[0].body.runId) : undefined;
    const reads = (await stateReadsOf(externalIds)) - readsBefore;

    // Assess
    console.info(
      `manual sync: ${CONCURRENT_POSTS} concurrent POSTs → ${answers.map((answer) => answer.status).join(', ')}; ${reads} bank state reads for ${DOCUMENTS} documents (run ${report?.status})`,
    );
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(CONCURRENT_POSTS - 1);
    for (const answer of refused) {
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(report?.status).toBe('completed');
    // One read a document and no constant on top: the refused POSTs start nothing, each document
    // is claimed (a conditional update) before the bank is asked, so a scheduled run meeting this
    // one cannot read it again, and no fault is injected, so no read is retried.
    expect(reads).toBeLessThanOrEqual(DOCUMENTS);
  });

  it('refuses a POST inside the cooldown after the run with 429 and Retry-After, reading nothing', async () => {
    const readsBefore = await stateReadsOf(externalIds);
    const answer = await portal(owner, 'POST', `${base}/limit-changes/sync`);
    expect(answer.status, answer.text).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await stateReadsOf(externalIds)) - readsBefore).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { runPool } from '../support/bounded-pool.js';
import { send } from '../support/http-answer.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import { allPages } from '../support/portal-pages.js';
import { sandboxRequestCounts } from '../support/sandbox-counts.js';
import {
  gatewayToken,
  type Person,
  portalOk,
  signUp,
  subscribedApplication,
} from '../support/stack-session.js';

const CALLS = 5_000;
const CLIENTS = 64;
/** The gateway writes its in-memory tallies every 5 s; a few flushes is plenty. */
const ANALYTICS_SETTLE_MS = 20_000;
const FLUSH_INTERVAL_MS = 5_000;

type Operation = 'listBusinessCards' | 'getCorporateCard' | 'createLimitChange';

/** One planned call: what to send, and which operation the gateway will count it under. */
interface PlannedCall {
  readonly operation: Operation;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** for creates: the request's externalId */
  readonly externalId?: string;
}

/**
 * The mix, by index modulo 10: three card pages, four card reads, two new limit changes (drafts:
 * no signature, so the bank's signature checks do not dominate) and one replay of the create two
 * calls earlier, which may still be in flight.
 */
function planCalls(cardIds: readonly string[]): PlannedCall[] {
  const calls: PlannedCall[] = [];
  for (let index = 0; index < CALLS; index++) {
    const slot = index % 10;
    const cardId = cardIds[index % cardIds.length] as string;
    if (slot < 3) {
      const path = `/v1/business-cards?page=${slot + 1}&statusCodes=ACTIVE,BLOCKED`;
      calls.push({ operation: 'listBusinessCards', method: 'GET', path });
    } else if (slot < 7) {
      calls.push({
        operation: 'getCorporateCard',
        method: 'GET',
        path: `/v1/corporate-cards/${cardId}`,
      });
    } else if (slot < 9) {
      const externalId = randomUUID();
      const body = { businessCardId: cardId, code: 'NON_RENEW', externalId, limit: 1_000 + index };
      calls.push({
        operation: 'createLimitChange',
        method: 'POST',
        path: '/v1/business-cards/limits',
        body,
        externalId,
      });
    } else {
      calls.push(calls[index - 2] as PlannedCall);
    }
  }
  return calls;
}

async function analyticsCalls(owner: Person, organisationId: string, operation: Operation) {
  const query = `granularity=hour&operation=${operation}`;
  const report = await portalOk(
    owner,
    'GET',
    `/v1/organizations/${organisationId}/analytics?${query}`,
  );
  return report.totals.calls as number;
}

/** Polls the analytics until they show `expected` calls per operation, within a bound. */
async function analyticsOnceSettled(
  owner: Person,
  organisationId: string,
  expected: Record<Operation, number>,
) {
  const operations = Object.keys(expected) as Operation[];
  const read = async () =>
    Object.fromEntries(
      await Promise.all(
        operations.map(async (op) => [op, await analyticsCalls(owner, organisationId, op)]),
      ),
    ) as Record<Operation, number>;
  const deadline = Date.now() + ANALYTICS_SETTLE_MS;
  let seen = await read();
  while (operations.some((op) => seen[op] < expected[op]) && Date.now() < deadline) {
    await new Promise((wake) => setTimeout(wake, 1_000));
    seen = await read();
  }
  // One more flush interval: a tally written twice would show up now.
  await new Promise((wake) => setTimeout(wake, FLUSH_INTERVAL_MS + 1_000));
  return read();
}

describe('load: 5,000 gateway calls from 64 concurrent clients', () => {
  it('answers no 5xx, counts every call once and stores every limit change once', async () => {
    // Prepare
    const owner = await signUp('load');
    const me = await portalOk(owner, 'GET', '/v1/me');
    const organisationId: string = me.organizations.find((o: { test: boolean }) => o.test).id;
    const application = await subscribedApplication(owner, organisationId, LOAD_TEST_PLAN_ID);
    const token = await gatewayToken(application);
    const api = inject('gatewayApiBaseUrl');
    const firstPage = await send('GET', `${api}/v1/business-cards?page=1&statusCodes=ACTIVE`, {
      bearer: token,
    });
    expect(firstPage.status).toBe(200);
    const cardIds: string[] = firstPage.body.businessCards.map(
      (card: { businessCardId: string }) => card.businessCardId,
    );
    const calls = planCalls(cardIds);
    const createsBefore = await sandboxRequestCounts('createLimitChange');
    const statuses = new Map<number, number>();
    const made: Record<Operation, number> = {
      listBusinessCards: 1,
      getCorporateCard: 0,
      createLimitChange: 0,
    };

    // Act
    const startedAt = performance.now();
    await runPool(calls.length, CLIENTS, async (index) => {
      const call = calls[index] as PlannedCall;
      const answer = await send(call.method, `${api}${call.path}`, {
        bearer: token,
        ...(call.body !== undefined && { body: call.body }),
      });
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      made[call.operation]++;
    });
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    const externalIds = new Set(
      calls.flatMap((call) => (call.externalId ? [call.externalId] : [])),
    );
    const createsAtBank =
      (await sandboxRequestCounts('createLimitChange')).handled - createsBefore.handled;
    const records = await allPages(owner, `/v1/organizations/${organisationId}/limit-changes`);
    const counted = await analyticsOnceSettled(owner, organisationId, made);
    console.info(
      `load: ${CALLS} calls by ${CLIENTS} clients in ${seconds.toFixed(1)} s (${Math.round(CALLS / seconds)} calls/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${externalIds.size} limit changes, ${createsAtBank} creates at the bank, ${records.length} records; analytics ${JSON.stringify(counted)}`,
    );
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
    expect([...statuses.keys()].every((status) => status === 200 || status === 201)).toBe(true);
    expect(counted).toEqual(made);
    expect(createsAtBank).toBe(externalIds.size);
    expect(records.map((record: { externalId: string }) => record.externalId).sort()).toEqual(
      [...externalIds].sort(),
    );
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { runPool } from '../support/bounded-pool.js';
import { send } from '../support/http-answer.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import { logFile } from '../support/log-file.js';
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
/**
 * Each call writes its plan meter and three analytics counters to DynamoDB Local before it is
 * answered, and DynamoDB Local serialises writes: 55 calls/s (90 s) on a busy 2-core CI machine.
 */
const LOAD_TIMEOUT_MS = 240_000;

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

/** The analytics of each operation: final once the calls are answered (each is counted first). */
async function analyticsOf(
  owner: Person,
  organisationId: string,
  operations: readonly Operation[],
) {
  return Object.fromEntries(
    await Promise.all(
      operations.map(async (op) => [op, await analyticsCalls(owner, organisationId, op)]),
    ),
  ) as Record<Operation, number>;
}

/** What the stack's gateway reported while the calls ran: the cause of any 5xx. */
function gatewayFaults(): string[] {
  return readFileSync(logFile(inject('runDirectory'), 'stack'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('gateway '));
}

describe('load: 5,000 gateway calls from 64 concurrent clients', () => {
  it(
    'answers no 5xx, counts every call once and stores every limit change once',
    async () => {
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
      const counted = await analyticsOf(owner, organisationId, Object.keys(made) as Operation[]);
      console.info(
        `load: ${CALLS} calls by ${CLIENTS} clients in ${seconds.toFixed(1)} s (${Math.round(CALLS / seconds)} calls/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${externalIds.size} limit changes, ${createsAtBank} creates at the bank, ${records.length} records; analytics ${JSON.stringify(counted)}`,
      );
      expect(
        [...statuses.keys()].filter((status) => status >= 500),
        gatewayFaults().join('\n'),
      ).toEqual([]);
      expect([...statuses.keys()].every((status) => status === 200 || status === 201)).toBe(true);
      expect(counted).toEqual(made);
      expect(createsAtBank).toBe(externalIds.size);
      expect(records.map((record: { externalId: string }) => record.externalId).sort()).toEqual(
        [...externalIds].sort(),
      );
    },
    LOAD_TIMEOUT_MS,
  );
});

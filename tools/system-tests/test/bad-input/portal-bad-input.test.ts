import { randomBytes } from 'node:crypto';
import { portalContract, portalOperations } from '@devportal/portal-api';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpAnswer } from '../support/http-answer.js';
import { type Footprint, leaveFootprint } from '../support/organisation-footprint.js';
import { type Organisation, organisationWithEveryRole } from '../support/stack-session.js';
import { organisationItems } from '../support/stack-table.js';
import { VALID_BODIES } from '../support/valid-portal-requests.js';
import { type AttackTally, attack } from './run-attacks.js';

/** Broken variants per operation: 42 operations, so the suite stays well under a minute. */
const RUNS_PER_OPERATION = 40;
/** The gateway's background flush counts the footprint's own calls while the attack runs. */
const withoutUsageCounters = (items: string[]) =>
  items.filter((item) => !item.startsWith('USAGE#'));

let target: Organisation;
let footprint: Footprint;

beforeAll(async () => {
  target = await organisationWithEveryRole('fuzz');
  footprint = await leaveFootprint(target);
}, 60_000);

/** The portal's refusal: a 4xx problem document whose status is the answer's. */
function isProblemRefusal(answer: HttpAnswer): boolean {
  return (
    answer.status >= 400 &&
    answer.status < 500 &&
    answer.headers.get('content-type') === 'application/problem+json' &&
    answer.body?.status === answer.status
  );
}

describe('bad input: every portal route under malformed, oversized, wrongly typed and hostile values', () => {
  it('answers each with a 4xx problem and writes nothing', async () => {
    // Prepare
    const before = withoutUsageCounters(await organisationItems(target.id));
    const tally: AttackTally = { sent: 0, wrong: [] };
    const callbackQuery = { code: 'probe-code', state: randomBytes(32).toString('base64url') };

    // Act
    const startedAt = performance.now();
    for (const operation of portalOperations(portalContract)) {
      const body = VALID_BODIES[operation.operationId]?.(footprint);
      if (operation.acceptsBody && body === undefined) {
        throw new Error(`${operation.operationId} takes a body: add a valid one to VALID_BODIES`);
      }
      await attack({
        contract: portalContract,
        valid: {
          operationId: operation.operationId,
          method: operation.method,
          pathTemplate: operation.pathTemplate,
          ids: footprint,
          ...(operation.operationId === 'completeBankAuthorization' && { query: callbackQuery }),
          ...(body !== undefined && { body: body as Record<string, unknown> }),
        },
        baseUrl: inject('stackUrl'),
        bearer: target.members.Owner.idToken,
        numRuns: RUNS_PER_OPERATION,
        isRefusal: isProblemRefusal,
        tally,
      });
    }
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    console.info(
      `bad input (portal): ${tally.sent} hostile requests over ${portalContract.operations.length} operations in ${seconds.toFixed(1)} s (${Math.round(tally.sent / seconds)}/s); ${tally.wrong.length} not refused as a 4xx problem`,
    );
    expect(tally.wrong).toEqual([]);
    expect(withoutUsageCounters(await organisationItems(target.id))).toEqual(before);
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { loadContract } from '@devportal/openapi-contract';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { firstActiveCardId } from '../support/gateway-caller.js';
import { type HttpAnswer, send } from '../support/http-answer.js';
import { LOAD_TEST_PLAN_ID } from '../support/load-test-catalog.js';
import { type Footprint, leaveFootprint } from '../support/organisation-footprint.js';
import {
  gatewayToken,
  type Organisation,
  organisationWithEveryRole,
  type PartnerApplication,
  subscribedApplication,
} from '../support/stack-session.js';
import { organisationItems } from '../support/stack-table.js';
import { hostileString } from './hostile-values.js';
import type { ValidRequest } from './request-mutations.js';
import { type AttackTally, attack } from './run-attacks.js';

const bankContract = loadContract(
  new URL('../../../../spec/sber-business-cards.yaml', import.meta.url),
);
const RUNS_PER_OPERATION = 60;
/** Each attempt with the real Client ID checks a slow hash: a few dozen say enough. */
const TOKEN_REQUESTS = 30;
/** RFC 6749 §5.2's codes, and §4.4's client credentials grant's. */
const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'slow_down',
];
const withoutUsageCounters = (items: string[]) =>
  items.filter((item) => !item.startsWith('USAGE#'));

let target: Organisation;
let footprint: Footprint;
let application: PartnerApplication;
let token: string;
let cardId: string;

beforeAll(async () => {
  target = await organisationWithEveryRole('gateway-fuzz');
  footprint = await leaveFootprint(target);
  // The load plan: the sandbox plan's 5 calls a second would answer most of the attack 429.
  application = await subscribedApplication(target.members.Owner, target.id, LOAD_TEST_PLAN_ID);
  token = await gatewayToken(application);
  cardId = await firstActiveCardId(token);
}, 60_000);

/** The bank's refusal: a 4xx `ResourceFault` or `Notice` (a `cause` and a `referenceId`). */
function isBankRefusal(answer: HttpAnswer): boolean {
  return (
    answer.status >= 400 &&
    answer.status < 500 &&
    typeof answer.body?.cause === 'string' &&
    typeof answer.body?.referenceId === 'string'
  );
}

/** A request each bank operation accepts, from the target organisation's own data. */
function validBankRequests(): ValidRequest[] {
  const ids = { corpCardId: cardId, externalId: footprint.externalId as string };
  const base = (operationId: string) => {
    const { method, pathTemplate } = bankContract.operationById(operationId);
    return { operationId, method: method.toUpperCase(), pathTemplate, ids };
  };
  return [
    { ...base('listBusinessCards'), query: { page: '1', statusCodes: 'ACTIVE' } },
    base('getCorporateCard'),
    {
      ...base('createLimitChange'),
      body: { businessCardId: cardId, code: 'NON_RENEW', externalId: randomUUID(), limit: 100 },
    },
    base('getLimitChangeState'),
    base('getCryptoInfo'),
  ];
}

describe("bad input: the gateway's bank routes and token endpoint under hostile values", () => {
  it("answers every bank route's broken request with the bank's 4xx fault and records nothing", async () => {
    // Prepare
    const before = withoutUsageCounters(await organisationItems(target.id));
    const tally: AttackTally = { sent: 0, wrong: [] };

    // Act
    const startedAt = performance.now();
    for (const valid of validBankRequests()) {
      await attack({
        contract: bankContract,
        valid,
        baseUrl: inject('gatewayApiBaseUrl'),
        bearer: token,
        numRuns: RUNS_PER_OPERATION,
        isRefusal: isBankRefusal,
        tally,
      });
    }
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    console.info(
      `bad input (gateway bank routes): ${tally.sent} hostile requests in ${seconds.toFixed(1)} s (${Math.round(tally.sent / seconds)}/s); ${tally.wrong.length} not refused with the bank's 4xx fault`,
    );
    expect(tally.wrong).toEqual([]);
    expect(withoutUsageCounters(await organisationItems(target.id))).toEqual(before);
  }, 120_000);

  it('answers every broken client-credentials request with an RFC 6749 error', async () => {
    // Prepare: anything but the application's real secret
    const field = fc.option(hostileString, { nil: undefined });
    const form = fc.record({
      grant_type: fc.option(fc.oneof(fc.constant('client_credentials'), hostileString), {
        nil: undefined,
      }),
      client_id: fc.option(fc.oneof(fc.constant(application.clientId), hostileString), {
        nil: undefined,
      }),
      client_secret: field,
      scope: field,
    });
    const basic = fc.option(fc.string({ unit: 'binary-ascii', maxLength: 80 }), { nil: undefined });
    const wrong: { form: unknown; status: number; body: string }[] = [];
    let sent = 0;

    // Act
    const startedAt = performance.now();
    await fc.assert(
      fc.asyncProperty(form, basic, async (fields, credentials) => {
        const defined = Object.entries(fields).filter(
          (entry): entry is [string, string] => entry[1] !== undefined,
        );
        const answer = await send('POST', inject('gatewayTokenUrl'), {
          rawBody: new URLSearchParams(defined).toString(),
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            ...(credentials !== undefined && {
              authorization: `Basic ${Buffer.from(credentials, 'latin1').toString('base64')}`,
            }),
          },
        });
        sent++;
        const refused =
          answer.status >= 400 && answer.status < 500 && OAUTH_ERRORS.includes(answer.body?.error);
        if (!refused)
          wrong.push({ form: fields, status: answer.status, body: answer.text.slice(0, 200) });
      }),
      { numRuns: TOKEN_REQUESTS, seed: 20261123 },
    );
    const seconds = (performance.now() - startedAt) / 1000;

    // Assess
    console.info(
      `bad input (gateway token endpoint): ${sent} hostile requests in ${seconds.toFixed(1)} s; ${wrong.length} not refused per RFC 6749`,
    );
    expect(wrong).toEqual([]);
  });
});

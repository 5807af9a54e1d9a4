import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { firstActiveCardId, gatewayCaller } from '../support/gateway-caller.js';
import { sandboxRequestsWith } from '../support/gateway-upstream-log.js';
import { send } from '../support/http-answer.js';

/** A request an attacker shapes to reach the bank at a path or with a query the gateway never serves. */
interface Probe {
  readonly what: string;
  readonly method: string;
  /** below the gateway's base path; `marker` is a fresh UUID the sandbox's log is searched for */
  readonly path: (marker: string, cardId: string) => string;
}

const PROBES: readonly Probe[] = [
  {
    what: '%2F inside a card id',
    method: 'GET',
    path: (marker, cardId) => `/v1/corporate-cards/${cardId}%2F${marker}`,
  },
  {
    what: '%5C inside a card id',
    method: 'GET',
    path: (marker, cardId) => `/v1/corporate-cards/${cardId}%5C${marker}`,
  },
  {
    what: '..%2F climbing out of a card id',
    method: 'GET',
    path: (marker) => `/v1/corporate-cards/..%2F..%2Fcrypto%3Fx%3D${marker}`,
  },
  {
    what: '..%2F climbing out of an externalId',
    method: 'GET',
    path: (marker, cardId) =>
      `/v1/business-cards/limits/${marker}%2F..%2F..%2F..%2Fcorporate-cards%2F${cardId}/state`,
  },
  {
    what: 'an undeclared query parameter',
    method: 'GET',
    path: (marker) => `/v1/business-cards?page=1&statusCodes=ACTIVE&debug=${marker}`,
  },
  {
    what: 'a query parameter on an operation that declares none',
    method: 'GET',
    path: (marker, cardId) => `/v1/corporate-cards/${cardId}?expand=${marker}`,
  },
  {
    what: 'a declared query parameter given twice',
    method: 'GET',
    path: (marker) => `/v1/business-cards?page=1&statusCodes=ACTIVE&statusCodes=${marker}`,
  },
  {
    what: 'HEAD of a card',
    method: 'HEAD',
    path: (marker) => `/v1/corporate-cards/${marker}`,
  },
  {
    what: "HEAD of a limit change's state",
    method: 'HEAD',
    path: (marker) => `/v1/business-cards/limits/${marker}/state`,
  },
];

let token: string;
let cardId: string;

beforeAll(async () => {
  ({ token } = await gatewayCaller('gateway-upstream'));
  cardId = await firstActiveCardId(token);
}, 60_000);

describe('adversarial: the gateway rebuilds the bank request from the validated operation', () => {
  it('sends a well-formed call on, so the sandbox log shows what reaches the bank', async () => {
    const marker = randomUUID();

    const answer = await send(
      'GET',
      `${inject('gatewayApiBaseUrl')}/v1/corporate-cards/${marker}`,
      {
        bearer: token,
      },
    );

    expect(answer.status).toBe(404);
    expect(await sandboxRequestsWith(marker)).toHaveLength(1);
  });

  it.each(PROBES)(
    'refuses $what in the bank format and sends nothing to the bank',
    async (probe) => {
      const marker = randomUUID();
      const url = `${inject('gatewayApiBaseUrl')}${probe.path(marker, cardId)}`;

      const answer = await send(probe.method, url, { bearer: token });
      const reachedBank = await sandboxRequestsWith(marker);

      console.info(
        `gateway upstream probe (${probe.what}): ${answer.status}, ${reachedBank.length} request(s) at the bank`,
      );
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      if (probe.method !== 'HEAD') {
        expect(typeof answer.body?.cause, answer.text).toBe('string');
        expect(typeof answer.body?.referenceId, answer.text).toBe('string');
      }
      expect(reachedBank).toEqual([]);
    },
  );
});

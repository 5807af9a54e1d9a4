import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSberClient, SberServerError } from '../../src/index.js';
import { fakeAccessToken, fastBackoff, validLimitChange } from '../support/fixtures.js';
import { LoopbackBank, type ReceivedRequest, type Reply } from '../support/loopback-bank.js';

let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

function client() {
  return createSberClient({
    environment: bank.apiBaseUrl,
    accessToken: fakeAccessToken(),
    backoff: fastBackoff,
  });
}

/**
 * A bank that keeps documents by externalId; `firstPost` decides how the first POST is answered
 * after the document was saved (or not).
 */
function documentBank(firstPost: { saves: boolean; reply: Reply }) {
  const saved = new Map<string, unknown>();
  let posts = 0;
  bank.script((request: ReceivedRequest) => {
    const state = /\/limits\/([^/]+)\/state$/.exec(request.url);
    if (state) {
      return saved.has(state[1] ?? '')
        ? { status: 200, body: { bankStatus: 'CREATED' } }
        : { status: 404, body: { cause: 'NOT_FOUND' } };
    }
    const body = JSON.parse(request.body) as { externalId: string };
    posts += 1;
    if (posts === 1 && !firstPost.saves) return firstPost.reply;
    if (saved.has(body.externalId))
      return { status: 500, body: { cause: 'UNKNOWN_EXCEPTION', message: 'duplicate' } };
    saved.set(body.externalId, body);
    const document = { ...body, date: '2026-11-23', number: String(saved.size) };
    return posts === 1 ? firstPost.reply : { status: 201, body: document };
  });
  return saved;
}

describe('createLimitChange is safe to retry', () => {
  it('after a dropped connection that saved the document, reads its state instead of posting again', async () => {
    // Prepare
    const saved = documentBank({ saves: true, reply: { drop: true } });
    const request = validLimitChange();

    // Act
    const result = await client().createLimitChange(request);

    // Assess
    expect(result).toEqual({
      outcome: 'alreadyCreated',
      externalId: request.externalId,
      state: { bankStatus: 'CREATED' },
    });
    expect(saved.size).toBe(1);
    expect(bank.requests.map((received) => received.method)).toEqual(['POST', 'GET']);
  });

  it('after a failure that saved nothing, checks the state and posts again', async () => {
    // Prepare
    const saved = documentBank({ saves: false, reply: { status: 503, body: {} } });
    const request = validLimitChange();

    // Act
    const result = await client().createLimitChange(request);

    // Assess
    expect(result).toMatchObject({
      outcome: 'created',
      document: { externalId: request.externalId, number: '1' },
    });
    expect(saved.size).toBe(1);
    expect(bank.requests.map((received) => received.method)).toEqual(['POST', 'GET', 'POST']);
  });

  it('a 202 WORKFLOW_FAULT is a result to handle, not a success', async () => {
    // Prepare
    const fault = {
      cause: 'WORKFLOW_FAULT',
      referenceId: 'wf-1',
      message: 'ЭП не может быть принята',
    };
    documentBank({ saves: true, reply: { status: 202, body: fault } });

    // Act
    const result = await client().createLimitChange(validLimitChange());

    // Assess
    expect(result).toEqual({ outcome: 'signaturesRejected', fault });
  });

  it('gives up after maxRetries with the last error, having posted only when nothing was saved', async () => {
    // Prepare
    bank.script((request) =>
      request.method === 'GET'
        ? { status: 404, body: { cause: 'NOT_FOUND' } }
        : { status: 500, body: { cause: 'UNKNOWN_EXCEPTION' } },
    );

    // Act
    const failure = await client()
      .createLimitChange(validLimitChange(), { maxRetries: 1 })
      .catch((error: unknown) => error);

    // Assess
    expect(failure).toBeInstanceOf(SberServerError);
    expect(bank.requests.map((received) => received.method)).toEqual(['POST', 'GET', 'POST']);
  });

  it('sends the body as JSON with the bank field names', async () => {
    // Prepare
    documentBank({ saves: true, reply: { status: 201, body: {} } });
    const request = validLimitChange();

    // Act
    await client().createLimitChange(request);

    // Assess
    expect(JSON.parse(bank.requests[0]?.body ?? '')).toEqual(request);
    expect(bank.requests[0]?.headers['content-type']).toBe('application/json');
  });
});

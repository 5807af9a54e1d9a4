import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  FaultConfigError,
  type OrganizationSummary,
  startBankSandbox,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let token: string;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
  call = contractFetch(sandbox.url);
  token = sandbox.issueAccessToken();
});
afterEach(() => {
  sandbox.setFaults({});
  sandbox.clearRequestLog();
});
afterAll(() => sandbox.close());

const LIST = '/fintech/api/v1/business-cards?page=1&statusCodes=ACTIVE';
const list = () => call(LIST, { token });
const CREATE = '/fintech/api/v1/business-cards/limits';
const change = () => ({
  businessCardId: (sandbox.organizations[0] as OrganizationSummary).cards[0]?.businessCardId,
  code: 'NON_RENEW',
  externalId: crypto.randomUUID(),
  limit: 1000,
});

describe('scripted faults (failNext)', () => {
  it('answers 500 UNKNOWN_EXCEPTION the next times, then recovers', async () => {
    sandbox.setFaults({ listBusinessCards: { failNext: { count: 2, status: 500 } } });
    const first = await list();
    expect(first.status).toBe(500);
    expect(first.body).toMatchObject({
      cause: 'UNKNOWN_EXCEPTION',
      message: 'Внутренняя ошибка сервера',
    });
    expect((await list()).status).toBe(500);
    expect((await list()).status).toBe(200);
    expect(sandbox.requestLog.map((e) => [e.status, e.fault, e.handled])).toEqual([
      [500, 'error', false],
      [500, 'error', false],
      [200, undefined, true],
    ]);
  });

  it('answers 503 UNAVAILABLE_RESOURCE_EXCEPTION with Retry-After', async () => {
    sandbox.setFaults({ '*': { retryAfterSeconds: 7, failNext: { count: 1, status: 503 } } });
    const response = await list();
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.body.cause).toBe('UNAVAILABLE_RESOURCE_EXCEPTION');
  });

  it('drops the connection without an answer', async () => {
    sandbox.setFaults({ listBusinessCards: { failNext: { count: 1, status: 'drop' } } });
    await expect(
      fetch(`${sandbox.url}${LIST}`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow(/fetch failed/);
    expect(sandbox.requestLog[0]).toMatchObject({
      status: undefined,
      fault: 'drop',
      handled: false,
    });
    expect((await list()).status).toBe(200);
  });

  it('runs the operation and then loses its answer with phase "after"', async () => {
    sandbox.setFaults({
      createLimitChange: { failNext: { count: 1, status: 'drop', phase: 'after' } },
    });
    const body = change();
    await expect(
      fetch(`${sandbox.url}${CREATE}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    ).rejects.toThrow();
    const state = await call(`/fintech/api/v1/business-cards/limits/${body.externalId}/state`, {
      token,
    });
    expect(state.body).toEqual({ bankStatus: 'CREATED' });
    const retried = await call(CREATE, { token, body });
    expect(retried.status).toBe(201);
    expect(sandbox.requestCount('createLimitChange')).toBe(2);
    expect(sandbox.requestCount('createLimitChange', { handledOnly: true })).toBe(2);
  });

  it('counts requests that a fault kept from the operation apart', async () => {
    sandbox.setFaults({ createLimitChange: { failNext: { count: 1, status: 503 } } });
    const body = change();
    expect((await call(CREATE, { token, body })).status).toBe(503);
    expect((await call(CREATE, { token, body })).status).toBe(201);
    expect(sandbox.requestCount('createLimitChange')).toBe(2);
    expect(sandbox.requestCount('createLimitChange', { handledOnly: true })).toBe(1);
  });

  it("prefers an operation's own entry over '*'", async () => {
    sandbox.setFaults({
      '*': { failNext: { count: 5, status: 500 } },
      listBusinessCards: { failNext: { count: 1, status: 503 } },
    });
    expect((await list()).status).toBe(503);
    expect((await list()).status).toBe(500);
    expect((await call('/fintech/api/v1/crypto', { token })).status).toBe(500);
  });
});

describe('rates and latency', () => {
  it('answers every request with the error status at rate 1', async () => {
    sandbox.setFaults({ listBusinessCards: { errorRate: 1, errorStatus: 500 } });
    const statuses = await Promise.all([list(), list(), list()]);
    expect(statuses.map((r) => r.status)).toEqual([500, 500, 500]);
    expect((await call('/fintech/api/v1/crypto', { token })).status).toBe(200);
  });

  it('fails about the configured share of requests, the same ones for the same seed', async () => {
    const draw = async (s: BankSandbox) => {
      s.setFaults({ '*': { errorRate: 0.3 } });
      const t = s.issueAccessToken();
      const c = contractFetch(s.url);
      const out: number[] = [];
      for (let i = 0; i < 40; i++) out.push((await c(LIST, { token: t })).status);
      return out;
    };
    const a = await startBankSandbox({ port: 0, seed: 11 });
    const b = await startBankSandbox({ port: 0, seed: 11 });
    try {
      const [first, second] = [await draw(a), await draw(b)];
      expect(first).toEqual(second);
      const failed = first.filter((s) => s === 503).length;
      expect(failed).toBeGreaterThan(4);
      expect(failed).toBeLessThan(24);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('drops connections at dropRate 1', async () => {
    sandbox.setFaults({ listBusinessCards: { dropRate: 1 } });
    await expect(
      fetch(`${sandbox.url}${LIST}`, { headers: { authorization: `Bearer ${token}` } }),
    ).rejects.toThrow();
  });

  it('adds latency', async () => {
    sandbox.setFaults({ listBusinessCards: { latencyMs: 150 } });
    const started = performance.now();
    expect((await list()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(sandbox.requestLog[0]?.durationMs).toBeGreaterThanOrEqual(140);
  });
});

describe('PUT /sandbox/faults (a sandbox started on its own)', () => {
  const put = (body: string) =>
    fetch(`${sandbox.url}/sandbox/faults`, { method: 'PUT', body }).then(async (response) => ({
      status: response.status,
      body: await response.json(),
    }));

  it('replaces the configuration, which GET reads back with failNext counts as they stand', async () => {
    const config = { listBusinessCards: { failNext: { count: 2, status: 503 } } };
    expect(await put(JSON.stringify(config))).toEqual({ status: 200, body: config });
    expect((await list()).status).toBe(503);
    const read = await fetch(`${sandbox.url}/sandbox/faults`);
    expect(read.headers.get('cache-control')).toBe('no-store');
    expect(await read.json()).toEqual({
      listBusinessCards: { failNext: { count: 1, status: 503 } },
    });
    expect(await put('{}')).toEqual({ status: 200, body: {} });
    expect((await list()).status).toBe(200);
  });

  it('refuses a configuration that would inject nothing it names, keeping the one in force', async () => {
    sandbox.setFaults({ '*': { latencyMs: 1 } });
    expect(await put('{"createLimitChanges":{"errorRate":1}}')).toEqual({
      status: 400,
      body: { message: expect.stringMatching(/^faults: createLimitChanges is not an operation/) },
    });
    expect(await put('{"*":{"dropRate":"half"}}')).toEqual({
      status: 400,
      body: { message: 'faults.*.dropRate must be a number from 0 to 1' },
    });
    expect((await put('not json')).status).toBe(400);
    const read = await fetch(`${sandbox.url}/sandbox/faults`);
    expect(await read.json()).toEqual({ '*': { latencyMs: 1 } });
  });

  it('is never faulted itself', async () => {
    sandbox.setFaults({ '*': { failNext: { count: 5, status: 503 } } });
    expect(await put('{}')).toEqual({ status: 200, body: {} });
  });
});

describe('setFaults and the faults option', () => {
  it('refuse a configuration naming an operation or a field the sandbox does not have', async () => {
    sandbox.setFaults({ listBusinessCards: { latencyMs: 0.5 } });
    expect(() => sandbox.setFaults({ listBusinessCard: { errorRate: 1 } })).toThrow(
      FaultConfigError,
    );
    expect(() => sandbox.setFaults({ '*': { failNext: { count: -1, status: 503 } } })).toThrow(
      'faults.*.failNext.count must be a whole number ≥ 0',
    );
    await expect(
      startBankSandbox({ port: 0, faults: { '*': { errorRate: 1.5 } } }),
    ).rejects.toThrow(new FaultConfigError('faults.*.errorRate must be a number from 0 to 1'));
    expect(await (await fetch(`${sandbox.url}/sandbox/faults`)).json()).toEqual({
      listBusinessCards: { latencyMs: 0.5 },
    });
  });
});

import { defaultGostPool } from '@devportal/digest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  DEFAULT_TRANSITION_DELAYS,
  MAX_LIMIT,
  ManualClock,
  type OrganizationSummary,
  startBankSandbox,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';
import { sandboxSigners } from './support/sandbox-signers.js';

const { DELIVERED, ACCEPTED, IMPLEMENTED } = DEFAULT_TRANSITION_DELAYS;
const CREATE = '/fintech/api/v1/business-cards/limits';
const stateOf = (externalId: string) => `/fintech/api/v1/business-cards/limits/${externalId}/state`;
const pool = defaultGostPool();
let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let org: OrganizationSummary;
let signers: ReturnType<typeof sandboxSigners>;
const clock = new ManualClock(Date.parse('2026-03-02T21:30:00Z'));

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, clock, gostPool: pool });
  call = contractFetch(sandbox.url);
  org = sandbox.organizations[0] as OrganizationSummary;
  signers = sandboxSigners(sandbox, pool);
});
afterAll(() => sandbox.close());

/** The change signed with the single signature of ООО «Ромашка»'s director. */
const signedSingle = <TChange extends ReturnType<typeof change>>(body: TChange) =>
  signers.sign(body, 'romashka.director');
const cardIn = (status: string) =>
  org.cards.find((c) => c.status === status)?.businessCardId as string;

function change(overrides: Record<string, unknown> = {}) {
  return {
    businessCardId: cardIn('ACTIVE'),
    code: 'NON_RENEW',
    externalId: crypto.randomUUID(),
    limit: 2650000,
    ...overrides,
  };
}

// A fresh token per call: tests move the clock by days, past any token's lifetime.
const token = () => sandbox.issueAccessToken({ organizationId: org.id });
const create = (body: unknown) => call(CREATE, { token: token(), body });
const state = async (externalId: string) =>
  (await call(stateOf(externalId), { token: token() })).body;
const limitOf = (cardId: string, code: string) =>
  sandbox.cardLimits(cardId)?.find((l) => l.code === code)?.amount;

describe('drafts', () => {
  it('creates a document without signatures as a draft that stays CREATED', async () => {
    const body = change();
    const before = limitOf(body.businessCardId, 'NON_RENEW');
    const created = await create(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      bankStatus: 'CREATED',
      businessCardId: body.businessCardId,
      code: 'NON_RENEW',
      externalId: body.externalId,
      limit: 2650000,
      date: '2026-03-03',
    });
    expect(created.body.number).toMatch(/^\d+$/);
    expect(created.body.digestSignatures).toBeUndefined();
    clock.advance(30 * 24 * 3600 * 1000);
    expect(await state(body.externalId)).toEqual({ bankStatus: 'CREATED' });
    expect(limitOf(body.businessCardId, 'NON_RENEW')).toBe(before);
  });

  it('treats an empty signature list as a draft', async () => {
    expect((await create(change({ digestSignatures: [] }))).body.bankStatus).toBe('CREATED');
  });

  it('moves a draft on once signed in the bank UI (signDraft)', async () => {
    const body = change({ limit: 1234.5 });
    await create(body);
    sandbox.signDraft(body.externalId);
    expect((await state(body.externalId)).bankStatus).toBe('SIGNED');
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);
    expect((await state(body.externalId)).bankStatus).toBe('IMPLEMENTED');
    expect(limitOf(body.businessCardId, 'NON_RENEW')).toBe(1234.5);
  });

  it('numbers documents one after another', async () => {
    const a = await create(change());
    const b = await create(change());
    expect(Number(b.body.number)).toBe(Number(a.body.number) + 1);
  });
});

describe('signed documents', () => {
  it('go SIGNED → DELIVERED → ACCEPTED → IMPLEMENTED on the configured delays, and the limit changes', async () => {
    const body = change({ code: 'NON_RENEW', limit: 777000.25 });
    // Signed as the digest the bank documents, written out rather than computed.
    const signature = await (await signers.signerOf('romashka.director')).sign(
      `businessCardId=${body.businessCardId}\ncode=NON_RENEW\nexternalId=${body.externalId}\nlimit=777000.25`,
    );
    const created = await create({ ...body, digestSignatures: [signature] });
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('SIGNED');
    expect(created.body.digestSignatures).toEqual([signature]);

    const seen: string[] = [];
    for (const step of [DELIVERED - 1, 1, ACCEPTED - 1, 1, IMPLEMENTED - 1, 1]) {
      clock.advance(step);
      seen.push((await state(body.externalId)).bankStatus);
    }
    expect(seen).toEqual([
      'SIGNED',
      'DELIVERED',
      'DELIVERED',
      'ACCEPTED',
      'ACCEPTED',
      'IMPLEMENTED',
    ]);
    const card = await call(`/fintech/api/v1/corporate-cards/${body.businessCardId}`, {
      token: token(),
    });
    expect(card.body.limits).toContainEqual({ code: 'NON_RENEW', amount: 777000.25 });
  });

  it('accept a first and a second signature in any order', async () => {
    const body = await signers.sign(
      change({ limit: 5000 }),
      'romashka.deputy',
      'romashka.accountant',
    );
    expect((await create(body)).body.bankStatus).toBe('SIGNED');
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);
    expect(await state(body.externalId)).toEqual({ bankStatus: 'IMPLEMENTED' });
  });

  it('apply transitions in time order even when read long after', async () => {
    const card = cardIn('ACTIVE');
    const first = await signedSingle(
      change({ businessCardId: card, code: 'NON_RENEW', limit: 100 }),
    );
    await create(first);
    clock.advance(1000);
    const second = await signedSingle(
      change({ businessCardId: card, code: 'NON_RENEW', limit: 200 }),
    );
    await create(second);
    clock.advance(60_000);
    expect(limitOf(card, 'NON_RENEW')).toBe(200);
  });

  it('honour configured delays', async () => {
    const quick = await startBankSandbox({
      port: 0,
      clock,
      gostPool: pool,
      transitionDelays: { DELIVERED: 10, ACCEPTED: 10, IMPLEMENTED: 10 },
    });
    try {
      const quickCall = contractFetch(quick.url);
      const quickToken = quick.issueAccessToken();
      // Each start makes its own keys: the other sandbox's signatures mean nothing here.
      const body = await sandboxSigners(quick, pool).sign(change(), 'romashka.director');
      await quickCall(CREATE, { token: quickToken, body });
      clock.advance(30);
      expect(
        (await quickCall(stateOf(body.externalId), { token: quickToken })).body.bankStatus,
      ).toBe('IMPLEMENTED');
    } finally {
      await quick.close();
    }
  });
});

describe('the refusal rule', () => {
  async function refusedFor(body: ReturnType<typeof change>) {
    const before = limitOf(body.businessCardId, body.code);
    expect((await create(await signedSingle(body))).body.bankStatus).toBe('SIGNED');
    clock.advance(DELIVERED);
    expect((await state(body.externalId)).bankStatus).toBe('DELIVERED');
    clock.advance(ACCEPTED + IMPLEMENTED);
    const final = await state(body.externalId);
    expect(final.bankStatus).toBe('REFUSEDBYBANK');
    expect(limitOf(body.businessCardId, body.code)).toBe(before);
    return final.bankComment as string;
  }

  it(`refuses a limit above ${MAX_LIMIT}`, async () => {
    expect(await refusedFor(change({ limit: MAX_LIMIT + 0.01 }))).toBe(
      'Размер лимита превышает максимально допустимый (10000000.00)',
    );
  });

  it('implements a limit of exactly the maximum', async () => {
    const body = await signedSingle(change({ limit: MAX_LIMIT }));
    await create(body);
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);
    expect((await state(body.externalId)).bankStatus).toBe('IMPLEMENTED');
  });

  it('refuses a change of a card that is not ACTIVE', async () => {
    expect(await refusedFor(change({ businessCardId: cardIn('BLOCKED') }))).toBe(
      'Изменение лимита невозможно: карта в статусе BLOCKED',
    );
  });

  it('refuses a limit code the card does not have', async () => {
    expect(await refusedFor(change({ code: 'WEEKLY' }))).toBe(
      'Для карты не установлен лимит с кодом WEEKLY',
    );
  });
});

describe('idempotency by externalId', () => {
  it('answers a re-post with the existing document and creates no second one', async () => {
    const body = await signedSingle(change());
    const first = await create(body);
    clock.advance(DELIVERED);
    const again = await create(body);
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ ...first.body, bankStatus: 'DELIVERED' });
    const drafted = change();
    const a = await create(drafted);
    const b = await create({ ...drafted, externalId: drafted.externalId.toUpperCase() });
    expect(b.body.number).toBe(a.body.number);
  });

  it('creates one document when a re-post arrives while the signatures are being verified', async () => {
    const body = await signedSingle(change());
    const [first, second] = await Promise.all([create(body), create(body)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.number).toBe(first.body.number);
    const next = await create(change());
    expect(Number(next.body.number)).toBe(Number(first.body.number) + 1);
  });

  it('refuses a re-post of an externalId with other requisites', async () => {
    const body = change();
    await create(body);
    const other = await create({ ...body, limit: 1 });
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({ cause: 'VALIDATION_FAULT', fieldNames: ['externalId'] });
  });

  it('keeps externalIds apart per organisation', async () => {
    const body = change();
    await create(body);
    const vector = sandbox.organizations[1] as OrganizationSummary;
    const vectorToken = sandbox.issueAccessToken({ organizationId: vector.id });
    expect((await call(stateOf(body.externalId), { token: vectorToken })).status).toBe(404);
  });
});

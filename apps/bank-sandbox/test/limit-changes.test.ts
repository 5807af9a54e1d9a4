import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BankSandbox,
  DEFAULT_TRANSITION_DELAYS,
  MAX_LIMIT,
  ManualClock,
  type OrganizationSummary,
  type SignatureVerifier,
  startBankSandbox,
} from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';

const { DELIVERED, ACCEPTED, IMPLEMENTED } = DEFAULT_TRANSITION_DELAYS;
const CREATE = '/fintech/api/v1/business-cards/limits';
const stateOf = (externalId: string) => `/fintech/api/v1/business-cards/limits/${externalId}/state`;
const SIGNATURE =
  'HlaeIHXXEcGT1bFxo1NlpAzpr+kJ2IQrcxVdvDTep6xjsmD1FDb+6NIyLT+/T24S0mPfVCU75sieOMt71TBS7w==';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let org: OrganizationSummary;
const clock = new ManualClock(Date.parse('2026-03-02T21:30:00Z'));
let verdict: Awaited<ReturnType<SignatureVerifier['verify']>> = { valid: true };
const verified: string[] = [];

beforeAll(async () => {
  sandbox = await startBankSandbox({
    port: 0,
    clock,
    signatureVerifier: {
      verify: (request) => {
        verified.push(request.digest);
        return verdict;
      },
    },
  });
  call = contractFetch(sandbox.url);
  org = sandbox.organizations[0] as OrganizationSummary;
});
afterAll(() => sandbox.close());

const certificateOf = (login: string) => {
  const user = org.users.find((u) => u.login === login);
  return user?.certificates[0]?.uuid as string;
};
const single = () => [
  { base64Encoded: SIGNATURE, certificateUuid: certificateOf('romashka.director') },
];
const firstAndSecond = () => [
  { base64Encoded: SIGNATURE, certificateUuid: certificateOf('romashka.deputy') },
  { base64Encoded: SIGNATURE, certificateUuid: certificateOf('romashka.accountant') },
];
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
    const body = change({ code: 'NON_RENEW', limit: 777000.25, digestSignatures: single() });
    const created = await create(body);
    expect(created.status).toBe(201);
    expect(created.body.bankStatus).toBe('SIGNED');
    expect(created.body.digestSignatures).toEqual(single());
    expect(verified.at(-1)).toBe(
      `businessCardId=${body.businessCardId}\ncode=NON_RENEW\nexternalId=${body.externalId}\nlimit=777000.25`,
    );

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
    const body = change({ limit: 5000, digestSignatures: firstAndSecond() });
    expect((await create(body)).body.bankStatus).toBe('SIGNED');
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);
    expect(await state(body.externalId)).toEqual({ bankStatus: 'IMPLEMENTED' });
  });

  it('apply transitions in time order even when read long after', async () => {
    const card = cardIn('ACTIVE');
    const first = change({
      businessCardId: card,
      code: 'NON_RENEW',
      limit: 100,
      digestSignatures: single(),
    });
    await create(first);
    clock.advance(1000);
    const second = change({
      businessCardId: card,
      code: 'NON_RENEW',
      limit: 200,
      digestSignatures: single(),
    });
    await create(second);
    clock.advance(60_000);
    expect(limitOf(card, 'NON_RENEW')).toBe(200);
  });

  it('honour configured delays', async () => {
    const quick = await startBankSandbox({
      port: 0,
      clock,
      transitionDelays: { DELIVERED: 10, ACCEPTED: 10, IMPLEMENTED: 10 },
    });
    try {
      const quickCall = contractFetch(quick.url);
      const quickToken = quick.issueAccessToken();
      const body = change({ digestSignatures: single() });
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
    expect((await create({ ...body, digestSignatures: single() })).body.bankStatus).toBe('SIGNED');
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
    const body = change({ limit: MAX_LIMIT, digestSignatures: single() });
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
    const body = change({ digestSignatures: single() });
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

describe('202 WORKFLOW_FAULT', () => {
  async function workflowFault(body: unknown) {
    const result = await create(body);
    expect(result.status).toBe(202);
    expect(result.body).toMatchObject({
      cause: 'WORKFLOW_FAULT',
      message:
        'Документ сохранен, но обработка ЭП или принятие документа завершились ошибкой. ЭП не может быть принята',
    });
    return result.body;
  }

  it('saves the document as a draft when a certificate is unknown', async () => {
    const body = change({
      digestSignatures: [
        { base64Encoded: SIGNATURE, certificateUuid: '22a6dd81-103a-4d3a-8e9b-0ba4b527f5f6' },
      ],
    });
    const fault = await workflowFault(body);
    expect(fault.checks).toEqual([
      {
        level: 'ERROR',
        message: 'Неизвестный идентификатор сертификата',
        fields: ['digestSignatures[0].certificateUuid'],
      },
    ]);
    clock.advance(DELIVERED + ACCEPTED + IMPLEMENTED);
    expect(await state(body.externalId)).toEqual({ bankStatus: 'CREATED' });
  });

  it('refuses a first signature without its second', async () => {
    const fault = await workflowFault(change({ digestSignatures: firstAndSecond().slice(1) }));
    expect(fault.checks[0].fields).toEqual(['digestSignatures[0]']);
  });

  it('refuses a single signature combined with a first', async () => {
    await workflowFault(change({ digestSignatures: [...single(), firstAndSecond()[1]] }));
  });

  it('refuses the same certificate twice', async () => {
    await workflowFault(change({ digestSignatures: [...single(), ...single()] }));
  });

  it('refuses what the signature verifier rejects', async () => {
    verdict = { valid: false, message: 'ЭП не прошла проверку', positions: [0] };
    try {
      const fault = await workflowFault(change({ digestSignatures: single() }));
      expect(fault.checks).toEqual([
        { level: 'ERROR', message: 'ЭП не прошла проверку', fields: ['digestSignatures[0]'] },
      ]);
    } finally {
      verdict = { valid: true };
    }
  });
});

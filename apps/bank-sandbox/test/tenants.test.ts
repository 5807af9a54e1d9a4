import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSandbox, type OrganizationSummary, startBankSandbox } from '../src/index.js';
import { contractFetch } from './support/contract-fetch.js';

const CLIENTS = {
  portal: { id: 'devportal-sandbox', secret: 'sandbox-secret' },
  other: { id: 'devportal-cards-only', secret: 'cards-only-secret' },
};
type ClientName = keyof typeof CLIENTS;
const REDIRECT = 'http://localhost:3000/oauth/callback';
const CREATE = '/fintech/api/v1/business-cards/limits';
const stateOf = (externalId: string) => `/fintech/api/v1/business-cards/limits/${externalId}/state`;

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let org: OrganizationSummary;
let cardId: string;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0 });
  call = contractFetch(sandbox.url);
  org = sandbox.organizations[0] as OrganizationSummary;
  cardId = org.cards.find((card) => card.status === 'ACTIVE')?.businessCardId as string;
});
afterAll(() => sandbox.close());

async function authorize(
  client: ClientName,
  tenant: string | undefined,
  login = 'romashka.director',
) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENTS[client].id,
    redirect_uri: REDIRECT,
    scope: 'openid BUSINESS_CARD_LIMIT',
    state: 'tenant-test',
    login_hint: login,
    ...(tenant !== undefined && { tenant }),
  });
  const answer = await call(`/ic/sso/api/v2/oauth/authorize?${query}`);
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location') ?? '').searchParams;
}

function tokenRequest(client: ClientName, form: Record<string, string>) {
  return call('/ic/sso/api/v2/oauth/token', {
    body: new URLSearchParams({
      client_id: CLIENTS[client].id,
      client_secret: CLIENTS[client].secret,
      ...form,
    }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

/** Tokens of `login` (ООО «Ромашка»'s director) through `client`, for `tenant` when named. */
async function tokensOf(client: ClientName, tenant?: string, login?: string) {
  const code = (await authorize(client, tenant, login)).get('code') ?? '';
  const answer = await tokenRequest(client, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
  });
  expect(answer.status).toBe(200);
  return answer.body as { access_token: string; refresh_token: string };
}

const draft = (externalId: string, limit: number) => ({
  businessCardId: cardId,
  code: 'NON_RENEW',
  externalId,
  limit,
});
const create = (token: string, body: unknown) => call(CREATE, { token, body });
const state = (token: string, externalId: string) => call(stateOf(externalId), { token });

describe('tenants of a shared demo organisation (sandbox)', () => {
  it("reach only their own documents: another tenant's externalId is a fresh one", async () => {
    // Prepare
    const a = (await tokensOf('portal', `tenant-a-${randomUUID()}`)).access_token;
    const b = (await tokensOf('portal', `tenant-b-${randomUUID()}`)).access_token;
    const taken = randomUUID();
    const first = await create(a, draft(taken, 1_000));

    // Act
    const sameRequisites = await create(b, draft(taken, 1_000));
    const otherRequisites = await create(b, draft(randomUUID(), 5_000));
    const otherForTaken = await create(a, draft(taken, 5_000));

    // Assess
    expect(first.body).toMatchObject({ bankStatus: 'CREATED', number: '1' });
    expect(sameRequisites.status).toBe(201);
    expect(sameRequisites.body).toMatchObject({ bankStatus: 'CREATED', number: '1' });
    expect(otherRequisites.body).toMatchObject({ number: '2' });
    expect(otherForTaken.status).toBe(400);
    expect((await state(a, randomUUID())).status).toBe(404);
    const onlyA = randomUUID();
    await create(a, draft(onlyA, 1_000));
    expect((await state(b, onlyA)).status).toBe(404);
  });

  it('are apart from the organisation itself and from the same name at another client', async () => {
    const tenant = `shared-name-${randomUUID()}`;
    const portalTenant = (await tokensOf('portal', tenant)).access_token;
    const otherClientTenant = (await tokensOf('other', tenant)).access_token;
    const untenanted = (await tokensOf('portal')).access_token;
    const externalId = randomUUID();

    await create(portalTenant, draft(externalId, 1_000));

    expect((await state(portalTenant, externalId)).status).toBe(200);
    expect((await state(otherClientTenant, externalId)).status).toBe(404);
    expect((await state(untenanted, externalId)).status).toBe(404);
  });

  it('keep one space whichever seeded user they act as, and only their own', async () => {
    const tenant = `switching-${randomUUID()}`;
    const vector = sandbox.organizations[1] as OrganizationSummary;
    const vectorCard = vector.cards[0]?.businessCardId as string;
    const asVector = (await tokensOf('portal', tenant, 'vector.director')).access_token;
    const asRomashka = (await tokensOf('portal', tenant)).access_token;
    const otherTenantAsVector = (
      await tokensOf('portal', `other-${randomUUID()}`, 'vector.director')
    ).access_token;
    const externalId = randomUUID();

    const created = await create(asVector, {
      ...draft(externalId, 1_000),
      businessCardId: vectorCard,
    });

    expect(created.status).toBe(201);
    expect((await state(asRomashka, externalId)).status).toBe(200);
    expect((await state(otherTenantAsVector, externalId)).status).toBe(404);
  });

  it('keeps the tenant across a refresh', async () => {
    const tokens = await tokensOf('portal', `refreshed-${randomUUID()}`);
    const externalId = randomUUID();
    await create(tokens.access_token, draft(externalId, 1_000));

    const refreshed = await tokenRequest('portal', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });

    expect((await state(refreshed.body.access_token, externalId)).status).toBe(200);
  });

  it('refuses a tenant that is not an id, by redirect', async () => {
    const answer = await authorize('portal', 'not an id');

    expect(answer.get('error')).toBe('invalid_request');
    expect(answer.get('code')).toBeNull();
  });
});

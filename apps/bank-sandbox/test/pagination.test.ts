import { businessCardStatusValues } from '@devportal/sber-client/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BankSandbox, type OrganizationSummary, startBankSandbox } from '../src/index.js';
import { type ContractResponse, contractFetch } from './support/contract-fetch.js';

let sandbox: BankSandbox;
let call: ReturnType<typeof contractFetch>;
let big: OrganizationSummary;
let hundred: OrganizationSummary;
let small: OrganizationSummary;
let empty: OrganizationSummary;

beforeAll(async () => {
  sandbox = await startBankSandbox({ port: 0, pageSize: 50 });
  call = contractFetch(sandbox.url);
  [big, hundred, small, empty] = sandbox.organizations as [
    OrganizationSummary,
    OrganizationSummary,
    OrganizationSummary,
    OrganizationSummary,
  ];
});
afterAll(() => sandbox.close());

const ALL = businessCardStatusValues.join(',');
const tokenFor = (org: OrganizationSummary) => sandbox.issueAccessToken({ organizationId: org.id });

interface CardsPage {
  _links: { rel: string; href: string }[];
  businessCards: { businessCardId: string }[];
}

/** Reads every page from page 1 by following `rel: next`, as the bank tells clients to. */
async function readAll(token: string, statusCodes: string) {
  const pages: { links: { rel: string; href: string }[]; ids: string[] }[] = [];
  let path: string | undefined = `/fintech/api/v1/business-cards?page=1&statusCodes=${statusCodes}`;
  while (path !== undefined) {
    const response: ContractResponse<CardsPage> = await call<CardsPage>(path, { token });
    const { status, body } = response;
    expect(status).toBe(200);
    pages.push({
      links: body._links,
      ids: body.businessCards.map((c) => c.businessCardId),
    });
    path = body._links.find((l) => l.rel === 'next')?.href;
  }
  return pages;
}

describe('GET /v1/business-cards pagination', () => {
  it('seeds more than 250 cards in every status for the first organisation', () => {
    expect(big.cardCount).toBeGreaterThanOrEqual(250);
    for (const status of businessCardStatusValues)
      expect(big.cardCountsByStatus[status]).toBeGreaterThan(0);
  });

  it('links first → next, middle → prev and next, last → prev, across 250+ cards', async () => {
    const pages = await readAll(tokenFor(big), ALL);
    expect(pages).toHaveLength(Math.ceil(big.cardCount / 50));
    const rels = pages.map((p) => p.links.map((l) => l.rel));
    expect(rels[0]).toEqual(['next']);
    for (const middle of rels.slice(1, -1)) expect(middle).toEqual(['prev', 'next']);
    expect(rels.at(-1)).toEqual(['prev']);
    expect(pages.slice(0, -1).every((p) => p.ids.length === 50)).toBe(true);
    expect(pages.at(-1)?.ids).toHaveLength(big.cardCount % 50);
    const ids = pages.flatMap((p) => p.ids);
    expect(new Set(ids).size).toBe(big.cardCount);
    expect(ids).toEqual(big.cards.map((c) => c.businessCardId));
  });

  it('writes links as paths of the bank API that keep the status filter', async () => {
    const { body } = await call(`/fintech/api/v1/business-cards?page=2&statusCodes=${ALL}`, {
      token: tokenFor(big),
    });
    expect(body._links).toEqual([
      { href: `/fintech/api/v1/business-cards?page=1&statusCodes=${ALL}`, rel: 'prev' },
      { href: `/fintech/api/v1/business-cards?page=3&statusCodes=${ALL}`, rel: 'next' },
    ]);
  });

  it('ends exactly full pages without an empty page after them', async () => {
    expect(hundred.cardCount).toBe(100);
    const pages = await readAll(tokenFor(hundred), ALL);
    expect(pages.map((p) => [p.ids.length, p.links.map((l) => l.rel)])).toEqual([
      [50, ['next']],
      [50, ['prev']],
    ]);
  });

  it('answers a single page without links', async () => {
    const pages = await readAll(tokenFor(small), ALL);
    expect(pages).toEqual([{ links: [], ids: small.cards.map((c) => c.businessCardId) }]);
  });

  it('answers an organisation without cards with an empty page', async () => {
    const { body } = await call(`/fintech/api/v1/business-cards?page=1&statusCodes=${ALL}`, {
      token: tokenFor(empty),
    });
    expect(body).toEqual({ _links: [], businessCards: [] });
  });

  it('answers a page past the last with no cards and a link back to the last page', async () => {
    const { body } = await call('/fintech/api/v1/business-cards?page=9&statusCodes=ACTIVE', {
      token: tokenFor(hundred),
    });
    expect(body).toEqual({
      _links: [{ href: '/fintech/api/v1/business-cards?page=2&statusCodes=ACTIVE', rel: 'prev' }],
      businessCards: [],
    });
  });

  it('is configurable: page size 10 gives 10 full pages of 100 cards', async () => {
    const ten = await startBankSandbox({ port: 0, pageSize: 10 });
    try {
      const token = ten.issueAccessToken({ organizationId: hundred.id });
      const { body } = await contractFetch(ten.url)(
        `/fintech/api/v1/business-cards?page=10&statusCodes=${ALL}`,
        { token },
      );
      expect(body.businessCards).toHaveLength(10);
      expect(body._links.map((l: { rel: string }) => l.rel)).toEqual(['prev']);
    } finally {
      await ten.close();
    }
  });
});

describe('statusCodes filtering', () => {
  it.each(businessCardStatusValues)('returns only %s cards, all of them', async (status) => {
    const pages = await readAll(tokenFor(big), status);
    const expected = big.cards.filter((c) => c.status === status).map((c) => c.businessCardId);
    expect(pages.flatMap((p) => p.ids)).toEqual(expected);
  });

  it('returns the union of a comma-separated list, in list order', async () => {
    const { body } = await call(
      '/fintech/api/v1/business-cards?page=1&statusCodes=NOT_DELIVERED,BLOCKED',
      {
        token: tokenFor(big),
      },
    );
    const expected = big.cards.filter(
      (c) => c.status === 'BLOCKED' || c.status === 'NOT_DELIVERED',
    );
    expect(body.businessCards.map((c: { businessCardId: string }) => c.businessCardId)).toEqual(
      expected.slice(0, 50).map((c) => c.businessCardId),
    );
    expect(new Set(body.businessCards.map((c: { status: string }) => c.status))).toEqual(
      new Set(['BLOCKED', 'NOT_DELIVERED']),
    );
  });

  it('serves the same cards on every start (seeded data)', async () => {
    const again = await startBankSandbox({ port: 0 });
    const other = await startBankSandbox({ port: 0, seed: 7 });
    try {
      expect(again.organizations).toEqual(sandbox.organizations);
      expect(other.organizations[0]?.id).not.toBe(big.id);
    } finally {
      await Promise.all([again.close(), other.close()]);
    }
  });
});

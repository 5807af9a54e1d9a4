import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessCardStatusValues, createSberClient, SberProtocolError } from '../../src/index.js';
import { fakeAccessToken } from '../support/fixtures.js';
import { LoopbackBank } from '../support/loopback-bank.js';

let bank: LoopbackBank;
beforeAll(async () => {
  bank = await LoopbackBank.start();
});
afterAll(() => bank.close());

function client() {
  return createSberClient({ environment: bank.apiBaseUrl, accessToken: fakeAccessToken() });
}

/** A bank of `pages` pages of two cards whose `next` link is written by `nextHref`. */
function pagedBank(pages: number, nextHref: (page: number, query: string) => string) {
  bank.script((request) => {
    const url = new URL(request.url, 'http://bank');
    const page = Number(url.searchParams.get('page'));
    const query = `statusCodes=${url.searchParams.get('statusCodes')}`;
    const links = [
      ...(page > 1 ? [{ rel: 'prev', href: `?page=${page - 1}&${query}` }] : []),
      ...(page < pages ? [{ rel: 'next', href: nextHref(page + 1, query) }] : []),
    ];
    const businessCards = [1, 2].map((n) => ({ businessCardId: `card-${page}-${n}` }));
    return { status: 200, body: { _links: links, businessCards } };
  });
}

describe('following next links', () => {
  it.each([
    [
      'relative to the API base',
      (page: number, query: string) => `/v1/business-cards?page=${page}&${query}`,
    ],
    [
      'rooted at the host',
      (page: number, query: string) => `/fintech/api/v1/business-cards?page=${page}&${query}`,
    ],
    ['a bare query', (page: number, query: string) => `?page=${page}&${query}`],
    [
      'absolute',
      (page: number, query: string) => `${bank.apiBaseUrl}/v1/business-cards?page=${page}&${query}`,
    ],
  ])('reads every page when links are %s', async (_, nextHref) => {
    // Prepare
    pagedBank(3, nextHref);

    // Act
    const ids: string[] = [];
    for await (const card of client().businessCards({ statusCodes: ['ACTIVE', 'BLOCKED'] })) {
      ids.push(card.businessCardId ?? '');
    }

    // Assess
    expect(ids).toEqual(['card-1-1', 'card-1-2', 'card-2-1', 'card-2-2', 'card-3-1', 'card-3-2']);
    expect(bank.requests.map((request) => request.url)).toEqual(
      [1, 2, 3].map(
        (page) => `/fintech/api/v1/business-cards?page=${page}&statusCodes=ACTIVE,BLOCKED`,
      ),
    );
  });

  it('lists the cards of every status when the query names none, on every page', async () => {
    // Prepare
    pagedBank(2, (page, query) => `?page=${page}&${query}`);

    // Act
    const ids: string[] = [];
    for await (const card of client().businessCards()) ids.push(card.businessCardId ?? '');

    // Assess
    expect(ids).toHaveLength(4);
    expect(bank.requests.map((request) => request.url)).toEqual(
      [1, 2].map(
        (page) =>
          `/fintech/api/v1/business-cards?page=${page}&statusCodes=${businessCardStatusValues.join(',')}`,
      ),
    );
    expect(businessCardStatusValues).toEqual([
      'ACTIVE',
      'BLOCKED',
      'TO_BE_REISSUED',
      'TO_BE_BLOCKED',
      'NOT_DELIVERED',
    ]);
  });

  it('reads a page only when the previous one has been consumed', async () => {
    // Prepare
    pagedBank(5, (page, query) => `?page=${page}&${query}`);
    const pages = client().businessCardPages({ statusCodes: ['ACTIVE'] });

    // Act
    const first = await pages.next();
    const requestedAfterFirst = bank.requests.length;
    await pages.return(undefined);

    // Assess
    expect(first.value).toMatchObject({
      pageNumber: 1,
      cards: [{ businessCardId: 'card-1-1' }, { businessCardId: 'card-1-2' }],
    });
    expect(requestedAfterFirst).toBe(1);
    expect(bank.requests).toHaveLength(1);
  });

  it('gives page-level access with getNextPage', async () => {
    // Prepare
    pagedBank(2, (page, query) => `?page=${page}&${query}`);

    // Act
    const first = await client().getBusinessCardPage({ statusCodes: ['ACTIVE'] });
    const second = await first.getNextPage();
    const third = await second?.getNextPage();

    // Assess
    expect([first.hasNextPage(), second?.hasNextPage(), third]).toEqual([true, false, undefined]);
    expect(second?.links).toEqual([{ rel: 'prev', href: '?page=1&statusCodes=ACTIVE' }]);
  });

  it('refuses a next link to another host, so the token never leaves the bank', async () => {
    // Prepare
    pagedBank(
      2,
      (page, query) =>
        `https://attacker.example/fintech/api/v1/business-cards?page=${page}&${query}`,
    );

    // Act
    const iterate = async () => {
      for await (const _ of client().businessCards({ statusCodes: ['ACTIVE'] })) {
        // consume
      }
    };

    // Assess
    await expect(iterate()).rejects.toThrow(SberProtocolError);
    expect(bank.requests).toHaveLength(1);
  });

  it('refuses a next link that does not move forward, so iteration cannot loop', async () => {
    // Prepare
    pagedBank(3, (_, query) => `?page=1&${query}`);

    // Act
    const first = await client().getBusinessCardPage({ statusCodes: ['ACTIVE'] });

    // Assess
    await expect(first.getNextPage()).rejects.toThrow(/does not point at a later page/);
  });

  it('an empty list is one page without cards', async () => {
    // Prepare
    bank.replies({ status: 200, body: {} });

    // Act
    const pages = [];
    for await (const page of client().businessCardPages({ statusCodes: ['TO_BE_BLOCKED'] }))
      pages.push(page);

    // Assess
    expect(pages).toHaveLength(1);
    expect(pages[0]?.cards).toEqual([]);
  });
});

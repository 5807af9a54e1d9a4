import type { BusinessCard, BusinessCardsPayload, PageLink } from '../bank-types.js';
import type { CallOptions } from '../client/call-options.js';
import type { BusinessCardQuery } from './next-page-query.js';

/** Reads the page a `next` link points at. */
export type NextPageLoader = (href: string, options?: CallOptions) => Promise<BusinessCardPage>;

/**
 * One page of the company's business cards, with the way to the next one.
 *
 * @example
 * ```ts
 * let page: BusinessCardPage | undefined = await client.getBusinessCardPage({ statusCodes: ['ACTIVE'] });
 * while (page) {
 *   render(page.cards);
 *   page = await page.getNextPage();
 * }
 * ```
 */
export class BusinessCardPage {
  /** the query this page answers (its `page` is the page's number) */
  readonly query: BusinessCardQuery;
  readonly cards: readonly BusinessCard[];
  readonly links: readonly PageLink[];
  readonly #loadNext: NextPageLoader;

  constructor(query: BusinessCardQuery, payload: BusinessCardsPayload, loadNext: NextPageLoader) {
    this.query = query;
    this.cards = payload.businessCards ?? [];
    this.links = payload._links ?? [];
    this.#loadNext = loadNext;
  }

  /** the number of this page, from 1 */
  get pageNumber(): number {
    return this.query.page ?? 1;
  }

  /** the `href` of the link with `rel: next`; absent on the last page */
  get nextHref(): string | undefined {
    return this.links.find((link) => link.rel === 'next')?.href;
  }

  hasNextPage(): boolean {
    return this.nextHref !== undefined;
  }

  /** Reads the next page; undefined when this is the last one. */
  async getNextPage(options?: CallOptions): Promise<BusinessCardPage | undefined> {
    const href = this.nextHref;
    return href === undefined ? undefined : this.#loadNext(href, options);
  }
}

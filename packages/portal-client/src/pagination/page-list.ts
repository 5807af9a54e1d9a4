import type { ResponsePromise } from '@devportal/http-transport';
import { mapData } from '../client/map-data.js';
import { Page, type PageLoader } from './page.js';

/**
 * A cursor-paginated list, read lazily: iterate it for every item (pages are read as the
 * previous one is consumed, one at a time in memory), `pages()` for page-level access, or
 * `firstPage()` for one page, with `.withResponse()` for the response it came in.
 *
 * @example
 * ```ts
 * for await (const org of client.organizations.list()) console.log(org.name);
 * for await (const page of client.auditEvents.list(orgId, { limit: 100 }).pages()) save(page.items);
 * ```
 */
export class PageList<T> implements AsyncIterable<T> {
  readonly #load: PageLoader<T>;

  constructor(load: PageLoader<T>) {
    this.#load = load;
  }

  /** Reads the first page; `.withResponse()` gives it with the response it came in. */
  firstPage(): ResponsePromise<Page<T>> {
    return mapData(this.#load(undefined), (payload) => new Page(undefined, payload, this.#load));
  }

  /** Iterates over the pages, following `nextCursor` until a page has none. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> | undefined = await this.firstPage();
    while (page) {
      yield page;
      page = await page.getNextPage();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }
}

import type { ResponsePromise } from '@devportal/http-transport';
import { PortalProtocolError } from '../errors/transport-errors.js';

/** What a list operation answers: a page of items and, unless it is the last, the next cursor. */
export interface PagePayload<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | undefined;
}

/** Reads the page at a cursor (undefined for the first page). */
export type PageLoader<T> = (cursor: string | undefined) => ResponsePromise<PagePayload<T>>;

/**
 * One page of a list, with the way to the next one.
 *
 * @example
 * ```ts
 * let page: Page<Application> | undefined = await client.applications.list(orgId).firstPage();
 * while (page) {
 *   render(page.items);
 *   page = await page.getNextPage();
 * }
 * ```
 */
export class Page<T> {
  readonly items: readonly T[];
  /** the cursor of the next page; absent on the last one */
  readonly nextCursor: string | undefined;
  /** the cursor this page was read with; undefined for the first page */
  readonly cursor: string | undefined;
  readonly #load: PageLoader<T>;

  constructor(cursor: string | undefined, payload: PagePayload<T>, load: PageLoader<T>) {
    this.cursor = cursor;
    this.items = payload.items;
    this.nextCursor = payload.nextCursor;
    this.#load = load;
  }

  hasNextPage(): boolean {
    return this.nextCursor !== undefined;
  }

  /**
   * Reads the next page; undefined on the last one. A portal that hands back the cursor it was
   * given would loop for ever, so that is refused.
   */
  async getNextPage(): Promise<Page<T> | undefined> {
    const next = this.nextCursor;
    if (next === undefined) return undefined;
    if (next === this.cursor) {
      throw new PortalProtocolError(`the portal answered cursor ${next} with the same cursor`);
    }
    return new Page(next, await this.#load(next), this.#load);
  }
}

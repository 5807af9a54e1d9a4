import type { BusinessCardStatus } from '../bank-types.js';
import { SberProtocolError } from '../errors/transport-errors.js';
import {
  businessCardStatusValues,
  operationContracts,
} from '../generated/sber-business-cards.patterns.js';

/** Which page of the list to read, and the card statuses to list. */
export interface BusinessCardQuery {
  /** statuses of the cards to list (at least one); every status when omitted */
  readonly statusCodes?: readonly BusinessCardStatus[];
  /** the page to read, from 1; 1 when omitted */
  readonly page?: number;
}

const listPath = operationContracts.listBusinessCards.path;

/**
 * The statuses a query lists. The bank requires `statusCodes`; a query without them lists the
 * cards of every status (`businessCardStatusValues`).
 */
export function statusCodesOf(query: BusinessCardQuery): readonly BusinessCardStatus[] {
  return query.statusCodes ?? businessCardStatusValues;
}

/** The URL of a page of the list, as the client requests it. */
export function pageUrl(baseUrl: string, query: BusinessCardQuery): string {
  return `${baseUrl}${listPath}?page=${query.page ?? 1}&statusCodes=${statusCodesOf(query).join(',')}`;
}

/**
 * The query of the page a `next` link points at. The link is resolved against the current page's
 * URL (or, when rooted at `/v1/…`, against the API's base) and must stay on the list operation of
 * the same origin: the access token is never sent anywhere else. The page number must grow, so a
 * looping bank cannot make the iteration endless.
 */
export function nextPageQuery(
  href: string,
  baseUrl: string,
  current: BusinessCardQuery,
): BusinessCardQuery {
  const base = new URL(`${baseUrl}/`);
  const expectedPath = `${base.pathname.replace(/\/$/, '')}${listPath}`;
  let target = new URL(href, pageUrl(baseUrl, current));
  if (target.pathname !== expectedPath && href.startsWith(listPath))
    target = new URL(`${baseUrl}${href}`);
  if (target.origin !== base.origin || target.pathname !== expectedPath) {
    throw new SberProtocolError(`the bank's next link leaves the list of business cards: ${href}`);
  }
  const page = Number(target.searchParams.get('page'));
  if (!Number.isInteger(page) || page <= (current.page ?? 1)) {
    throw new SberProtocolError(`the bank's next link does not point at a later page: ${href}`);
  }
  const statusCodes = target.searchParams
    .getAll('statusCodes')
    .flatMap((value) => value.split(','))
    .filter(Boolean) as BusinessCardStatus[];
  return { page, statusCodes: statusCodes.length ? statusCodes : statusCodesOf(current) };
}

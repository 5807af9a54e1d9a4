import { type Page, type PageRequest, ValidationError } from '@devportal/portal-domain';

/** Items per page when the request does not say (the contract's default). */
export const DEFAULT_PAGE_LIMIT = 20;

/**
 * One page of a list the domain hands over whole (memberships, invitations, my organisations),
 * ordered by `keyOf`; the cursor is the last key shown, so concurrent inserts never repeat items.
 */
export function pageOfList<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  request: PageRequest,
): Page<T> {
  const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
  const after = request.cursor === undefined ? undefined : keyAfter(request.cursor);
  const ordered = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const rest = after === undefined ? ordered : ordered.filter((item) => keyOf(item) > after);
  const shown = rest.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown,
    ...(rest.length > limit && last !== undefined && { nextCursor: cursorAfter(keyOf(last)) }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cursorAfter(key: string): string {
  return Buffer.from(`after:${key}`, 'utf8').toString('base64url');
}

function keyAfter(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('after:')) throw new ValidationError('invalid_cursor');
  return decoded.slice('after:'.length);
}

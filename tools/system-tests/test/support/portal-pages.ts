import type { Person } from './stack-session.js';
import { portalOk } from './stack-session.js';

/** Upper bound on pages read, so a cursor that never ends fails instead of looping. */
const MAX_PAGES = 1_000;

/** Every item of a cursor-paged portal list, page after page. */
// biome-ignore lint/suspicious/noExplicitAny: the items are whatever the list holds
export async function allPages(person: Person, path: string): Promise<any[]> {
  const items = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const separator = path.includes('?') ? '&' : '?';
    const body = await portalOk(
      person,
      'GET',
      `${path}${separator}limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error(`${path} did not end within ${MAX_PAGES} pages`);
}

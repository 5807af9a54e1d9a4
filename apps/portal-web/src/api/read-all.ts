import type { PageList } from '@devportal/portal-client';

/** Every item of a list that stays small (members, applications, products), all pages read. */
export async function readAll<T>(list: PageList<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}

import type { Page, PageList } from '@devportal/portal-client';
import { type DependencyList, useState } from 'react';
import { useAction } from './use-action.js';
import { type Loaded, useLoad } from './use-load.js';

/** A long list (audit, limit changes) shown a page at a time, with "show more". */
export interface PagedList<T> {
  readonly loaded: Loaded<readonly T[]>;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly moreError: unknown;
  loadMore(): void;
}

export function usePagedList<T>(list: () => PageList<T>, deps: DependencyList): PagedList<T> {
  const [extra, setExtra] = useState<{ items: T[]; last?: Page<T> }>({ items: [] });
  const first = useLoad(async () => {
    const page = await list().firstPage();
    setExtra({ items: [] });
    return page;
  }, deps);
  const last = extra.last ?? (first.status === 'ready' ? first.data : undefined);
  const more = useAction(async () => {
    const next = await last?.getNextPage();
    if (next) setExtra((current) => ({ items: [...current.items, ...next.items], last: next }));
  });
  const loaded: Loaded<readonly T[]> =
    first.status === 'ready'
      ? { status: 'ready', data: [...first.data.items, ...extra.items], reload: first.reload }
      : first;
  return {
    loaded,
    hasMore: last?.nextCursor !== undefined,
    loadingMore: more.pending,
    moreError: more.error,
    loadMore: () => void more.run(),
  };
}

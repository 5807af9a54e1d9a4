import type { PagedList } from '../hooks/use-paged-list.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ErrorNotice } from './ErrorNotice.js';

/** "Show more" under a paged list, with the error of the last attempt. */
export function PagedListFooter<T>(props: { list: PagedList<T> }) {
  const { t } = useI18n();
  const { list } = props;
  return (
    <>
      {list.moreError !== undefined && <ErrorNotice error={list.moreError} />}
      {list.hasMore && (
        <button
          type="button"
          className="button button-secondary"
          disabled={list.loadingMore}
          onClick={list.loadMore}
        >
          {t('action.showMore')}
        </button>
      )}
    </>
  );
}

import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * Names the browser tab after the page, then the site (`Участники — Портал разработчика`), in
 * the page's language: tabs and history entries of different pages tell apart.
 */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useI18n();
  const site = t('app.title');
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} — ${site}` : site;
  }, [pageTitle, site]);
}

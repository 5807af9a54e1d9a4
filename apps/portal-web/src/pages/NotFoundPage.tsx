import { Link } from 'react-router';
import { SupportContact } from '../components/SupportContact.js';
import { useDocumentTitle } from '../hooks/use-document-title.js';
import { useI18n } from '../i18n/i18n-context.js';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notFound.title'));
  return (
    <main id="main" className="auth-page">
      <div className="auth-card">
        <h1>{t('notFound.title')}</h1>
        <p>{t('notFound.text')}</p>
        <Link to="/">{t('notFound.home')}</Link>
        <SupportContact />
      </div>
    </main>
  );
}

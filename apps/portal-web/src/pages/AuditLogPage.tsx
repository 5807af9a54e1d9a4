import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan } from '../org/org-context.js';
import { AuditEventsTable } from './audit/AuditEventsTable.js';

/** Who did what in the organisation, newest first (Owner and Administrator). */
export function AuditLogPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      {can('audit.view') ? (
        <AuditEventsTable />
      ) : (
        <p className="notice notice-info">{t('audit.managersOnly')}</p>
      )}
    </>
  );
}

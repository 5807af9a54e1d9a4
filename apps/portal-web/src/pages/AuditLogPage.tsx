import { useState } from 'react';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useCan } from '../org/org-context.js';
import { AuditEventsTable } from './audit/AuditEventsTable.js';
import { AuditExportButton } from './audit/AuditExportButton.js';
import { AuditFilters } from './audit/AuditFilters.js';
import { type AuditFilterForm, auditEventFilterOf, NO_AUDIT_FILTER } from './audit/audit-filter.js';

/** Who did what in the organisation, newest first, filtered and exported (Owner, Administrator). */
export function AuditLogPage() {
  const { t } = useI18n();
  const can = useCan();
  const [form, setForm] = useState<AuditFilterForm>(NO_AUDIT_FILTER);
  const filter = auditEventFilterOf(form);
  if (!can('audit.view')) {
    return (
      <>
        <PageHeader title={t('audit.title')} description={t('audit.description')} />
        <p className="notice notice-info">{t('audit.managersOnly')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={<AuditExportButton filter={filter} />}
      />
      <AuditFilters value={form} onChange={setForm} />
      <AuditEventsTable filter={filter} />
    </>
  );
}

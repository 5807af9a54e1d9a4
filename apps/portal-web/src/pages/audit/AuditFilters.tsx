import { AUDIT_ACTIONS } from '@devportal/portal-domain';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { type AuditFilterForm, NO_AUDIT_FILTER } from './audit-filter.js';
import { auditActionText } from './audit-texts.js';

/** The audit log's filters: who (a member), which action, which days; each change applies. */
export function AuditFilters(props: {
  value: AuditFilterForm;
  onChange(value: AuditFilterForm): void;
}) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const members = useLoad(() => readAll(client.members.list(org.id)), [client, org.id]);
  const { value, onChange } = props;
  const actorOptions = [
    { value: '', label: t('audit.filter.anyActor') },
    ...(members.status === 'ready' ? members.data : []).map((member) => ({
      value: member.userId,
      label: member.name ? `${member.name} (${member.email})` : member.email,
    })),
  ];
  const actionOptions = [
    { value: '', label: t('audit.filter.anyAction') },
    ...AUDIT_ACTIONS.map((action) => ({ value: action, label: auditActionText(t, action) })),
  ];
  return (
    <section className="card" aria-labelledby="audit-filters">
      <h2 id="audit-filters" className="visually-hidden">
        {t('audit.filters')}
      </h2>
      <div className="inline-form">
        <SelectField
          label={t('audit.filter.actor')}
          options={actorOptions}
          value={value.actorUserId}
          onChange={(event) => onChange({ ...value, actorUserId: event.target.value })}
        />
        <SelectField
          label={t('audit.filter.action')}
          options={actionOptions}
          value={value.action}
          onChange={(event) =>
            onChange({ ...value, action: event.target.value as AuditFilterForm['action'] })
          }
        />
        <TextField
          label={t('audit.filter.from')}
          type="date"
          value={value.fromDay}
          max={value.toDay || undefined}
          onChange={(event) => onChange({ ...value, fromDay: event.target.value })}
        />
        <TextField
          label={t('audit.filter.to')}
          type="date"
          value={value.toDay}
          min={value.fromDay || undefined}
          onChange={(event) => onChange({ ...value, toDay: event.target.value })}
        />
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(NO_AUDIT_FILTER)}
        >
          {t('audit.filter.reset')}
        </button>
      </div>
    </section>
  );
}

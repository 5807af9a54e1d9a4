import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from '../../api/portal-context.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { TextField } from '../../components/TextField.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useMe } from '../../org/me-context.js';
import { useCan, useOrg } from '../../org/org-context.js';

/** Rename (Owner, Administrator) and delete (Owner only); absent for roles that may not. */
export function OrganizationSettings() {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const me = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const [name, setName] = useState(org.name);
  const [deleting, setDeleting] = useState(false);
  const rename = useAction(async () => {
    await client.organizations.rename(org.id, { name: name.trim() });
    me.reload();
  });
  const submit = formSubmit(rename.run);

  if (!can('organisation.rename') && !can('organisation.delete')) return null;
  return (
    <section className="card" aria-labelledby="org-settings">
      <h2 id="org-settings">{t('cabinet.settings')}</h2>
      {can('organisation.rename') && (
        <form onSubmit={submit} className="inline-form">
          <TextField
            label={t('org.name')}
            value={name}
            required
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
          <button
            type="submit"
            className="button"
            disabled={rename.pending || name.trim() === org.name}
          >
            {t('org.rename')}
          </button>
        </form>
      )}
      {rename.error !== undefined && <ErrorNotice error={rename.error} />}
      {can('organisation.delete') && (
        <div className="danger-zone">
          <p>{t('org.delete.explain')}</p>
          <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
            {t('org.delete')}
          </button>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('org.delete.title', { name: org.name })}
          confirmLabel={t('org.delete')}
          danger
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            await client.organizations.delete(org.id);
            const next = me.me.organizations.find((other) => other.id !== org.id);
            me.reload();
            navigate(next ? `/orgs/${next.id}` : '/');
          }}
        >
          <p>{t('org.delete.confirm')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

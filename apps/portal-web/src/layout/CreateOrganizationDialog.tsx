import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { Dialog } from '../components/Dialog.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { TextField } from '../components/TextField.js';
import { formSubmit } from '../hooks/form-submit.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useMe } from '../org/me-context.js';

/** Creates an organisation (anyone may, any number) and opens its cabinet. */
export function CreateOrganizationDialog(props: { onClose: () => void }) {
  const { t } = useI18n();
  const client = usePortal();
  const me = useMe();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const create = useAction(async () => {
    const org = await client.organizations.create({ name: name.trim() });
    me.reload();
    props.onClose();
    navigate(`/orgs/${org.id}`);
  });
  const submit = formSubmit(create.run);
  return (
    <Dialog title={t('org.create.title')} onClose={props.onClose}>
      <form onSubmit={submit}>
        <TextField
          label={t('org.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
          autoFocus
        />
        {create.error !== undefined && <ErrorNotice error={create.error} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={props.onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="button" disabled={create.pending}>
            {t('org.create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

import type { Application } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { ApplicationFields } from './ApplicationFields.js';

/** Changes an application's name and description. */
export function EditApplicationForm(props: { app: Application; onSaved: () => void }) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const [name, setName] = useState(props.app.name);
  const [description, setDescription] = useState(props.app.description ?? '');
  const save = useAction(async () => {
    await client.applications.update(org.id, props.app.id, {
      name: name.trim(),
      description: description.trim(),
    });
    props.onSaved();
  });
  const submit = formSubmit(save.run);
  return (
    <section className="card" aria-labelledby="app-edit">
      <h2 id="app-edit">{t('apps.edit')}</h2>
      <form onSubmit={submit} className="inline-form">
        <ApplicationFields
          name={name}
          description={description}
          onNameChange={setName}
          onDescriptionChange={setDescription}
        />
        <button type="submit" className="button" disabled={save.pending}>
          {t('action.save')}
        </button>
      </form>
      {save.error !== undefined && <ErrorNotice error={save.error} />}
    </section>
  );
}

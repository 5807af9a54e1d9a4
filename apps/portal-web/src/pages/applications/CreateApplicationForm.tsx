import type { ApplicationWithSecret } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { SecretDialog } from '../../components/SecretDialog.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { ApplicationFields } from './ApplicationFields.js';

/** Creates an application; its Client ID and Secret are generated now and the secret shown once. */
export function CreateApplicationForm(props: { onCreated: () => void }) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [created, setCreated] = useState<ApplicationWithSecret>();
  const create = useAction(async () => {
    const trimmed = description.trim();
    setCreated(
      await client.applications.create(org.id, {
        name: name.trim(),
        ...(trimmed ? { description: trimmed } : {}),
      }),
    );
    setName('');
    setDescription('');
    props.onCreated();
  });
  const submit = formSubmit(create.run);
  return (
    <section className="card" aria-labelledby="app-create">
      <h2 id="app-create">{t('apps.create.title')}</h2>
      <form onSubmit={submit} className="inline-form">
        <ApplicationFields
          name={name}
          description={description}
          onNameChange={setName}
          onDescriptionChange={setDescription}
        />
        <button type="submit" className="button" disabled={create.pending}>
          {t('apps.create.submit')}
        </button>
      </form>
      {create.error !== undefined && <ErrorNotice error={create.error} />}
      {created && (
        <SecretDialog
          title={t('apps.created.title', { name: created.application.name })}
          clientId={created.application.clientId}
          clientSecret={created.clientSecret}
          onClose={() => setCreated(undefined)}
        />
      )}
    </section>
  );
}

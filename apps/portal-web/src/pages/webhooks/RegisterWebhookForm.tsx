import type { RegisteredWebhook, WebhookEventType } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { SecretDialog } from '../../components/SecretDialog.js';
import { TextField } from '../../components/TextField.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { eventLabelKey, SUBSCRIBABLE_EVENTS } from './webhook-texts.js';

/** Registers a webhook of the application; its signing secret is shown once, in the dialog. */
export function RegisterWebhookForm(props: { appId: string; onRegistered: () => void }) {
  const { t } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<readonly WebhookEventType[]>(SUBSCRIBABLE_EVENTS);
  const [registered, setRegistered] = useState<RegisteredWebhook>();
  const register = useAction(async () => {
    setRegistered(
      await client.webhooks.register(org.id, props.appId, { url: url.trim(), events: [...events] }),
    );
    setUrl('');
    props.onRegistered();
  });
  const toggle = (event: WebhookEventType) =>
    setEvents((chosen) =>
      chosen.includes(event) ? chosen.filter((one) => one !== event) : [...chosen, event],
    );
  return (
    <section className="card" aria-labelledby="webhook-register">
      <h2 id="webhook-register">{t('webhooks.register.title')}</h2>
      <form onSubmit={formSubmit(register.run)} className="form">
        <TextField
          label={t('webhooks.register.url')}
          hint={t('webhooks.register.urlHint')}
          type="url"
          required
          maxLength={2048}
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <fieldset className="checkbox-group">
          <legend>{t('webhooks.register.events')}</legend>
          {SUBSCRIBABLE_EVENTS.map((event) => (
            <label key={event}>
              <input
                type="checkbox"
                checked={events.includes(event)}
                onChange={() => toggle(event)}
              />{' '}
              {t(eventLabelKey(event) ?? 'webhooks.events')} <code className="muted">{event}</code>
            </label>
          ))}
        </fieldset>
        {events.length === 0 && (
          <p className="field-hint" role="status">
            {t('webhooks.register.noEvents')}
          </p>
        )}
        <div>
          <button
            type="submit"
            className="button"
            disabled={register.pending || events.length === 0}
          >
            {t('webhooks.register.submit')}
          </button>
        </div>
      </form>
      {register.error !== undefined && <ErrorNotice error={register.error} />}
      {registered && (
        <SecretDialog
          title={t('webhooks.registered.title')}
          clientSecret={registered.secret}
          secretTexts={{
            label: t('webhooks.secret.label'),
            copyLabel: t('webhooks.secret.copy'),
            warningTitle: t('webhooks.secret.warningTitle'),
            warning: t('webhooks.secret.warning'),
          }}
          note={registered.webhook.url}
          onClose={() => setRegistered(undefined)}
        />
      )}
    </section>
  );
}

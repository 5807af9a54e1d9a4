import type { AssignableRole, CreatedInvitation } from '@devportal/portal-client';
import { useState } from 'react';
import { usePortal } from '../../api/portal-context.js';
import { readAll } from '../../api/read-all.js';
import { AsyncView } from '../../components/AsyncView.js';
import { CopyableValue } from '../../components/CopyableValue.js';
import { Dialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorNotice } from '../../components/ErrorNotice.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { formSubmit } from '../../hooks/form-submit.js';
import { useAction } from '../../hooks/use-action.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useOrg } from '../../org/org-context.js';
import { roleOptions } from './role-options.js';

/** Inviting colleagues by e-mail, and the invitations not yet accepted (with revoke). */
export function InvitationsSection() {
  const { t, dateTime, locale } = useI18n();
  const client = usePortal();
  const { org } = useOrg();
  const invitations = useLoad(() => readAll(client.invitations.list(org.id)), [client, org.id]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AssignableRole>('Developer');
  const [created, setCreated] = useState<CreatedInvitation>();
  const invite = useAction(async () => {
    setCreated(
      await client.invitations.create(org.id, { email: email.trim(), role, language: locale }),
    );
    setEmail('');
    invitations.reload();
  });
  const revoke = useAction(async (invitationId: string) => {
    await client.invitations.revoke(org.id, invitationId);
    invitations.reload();
  });
  const submit = formSubmit(invite.run);

  return (
    <section className="card" aria-labelledby="invite">
      <h2 id="invite">{t('invite.title')}</h2>
      <form onSubmit={submit} className="inline-form">
        <TextField
          label={t('invite.email')}
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField
          label={t('invite.role')}
          options={roleOptions(t)}
          value={role}
          onChange={(event) => setRole(event.target.value as AssignableRole)}
        />
        <button type="submit" className="button" disabled={invite.pending}>
          {t('invite.submit')}
        </button>
      </form>
      {invite.error !== undefined && <ErrorNotice error={invite.error} />}
      {revoke.error !== undefined && <ErrorNotice error={revoke.error} />}
      <h3>{t('invite.pending')}</h3>
      <AsyncView loaded={invitations}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('invite.none')} />
          ) : (
            <ul className="plain-list">
              {items.map((invitation) => (
                <li key={invitation.id} className="list-row">
                  <span>
                    <strong>{invitation.email}</strong> · {t(`role.${invitation.role}`)} ·{' '}
                    <span className="muted">
                      {t('invite.expires', { at: dateTime(invitation.expiresAt) })}
                    </span>
                  </span>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    disabled={revoke.pending}
                    onClick={() => void revoke.run(invitation.id)}
                  >
                    {t('invite.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
      {created && (
        <Dialog title={t('invite.created.title')} onClose={() => setCreated(undefined)}>
          <p>{t('invite.created.text', { email: created.invitation.email })}</p>
          <CopyableValue
            label={t('invite.link')}
            value={`${window.location.origin}/invitations/${created.token}`}
            copyLabel={t('invite.copyLink')}
          />
          <p className="muted">{t('invite.created.once')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setCreated(undefined)}>
              {t('action.done')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

import { usePortal } from '../api/portal-context.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useMe } from '../org/me-context.js';

/**
 * The invitations waiting for the signed-in person's address, with who invited them where and as
 * what. Shown only when there are some; accepting goes through the e-mail's link, which alone
 * carries the token.
 */
export function PendingInvitations() {
  const { t, dateTime } = useI18n();
  const client = usePortal();
  const me = useMe();
  const pending = useLoad(() => client.invitations.listMine(), [client]);
  if (pending.status !== 'ready' || pending.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-invitations">
      <h2 id="pending-invitations">{t('pendingInvitations.title')}</h2>
      <ul className="plain-list">
        {pending.data.items.map((invitation) => (
          <li key={invitation.id} className="list-row">
            <span>
              {t('pendingInvitations.item', {
                organisation: invitation.organization.name,
                role: t(`role.${invitation.role}`),
                inviter: invitation.inviter.name ?? invitation.inviter.email ?? '—',
              })}{' '}
              ·{' '}
              <span className="muted">
                {t('invitation.expires')} {dateTime(invitation.expiresAt)}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('pendingInvitations.hint', { email: me.me.user.email })}</p>
    </section>
  );
}

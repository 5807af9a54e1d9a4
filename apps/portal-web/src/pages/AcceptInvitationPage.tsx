import { useNavigate, useParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { useAction } from '../hooks/use-action.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AppShell } from '../layout/AppShell.js';
import { useMe } from '../org/me-context.js';

/** The page an invitation link opens: joins the inviting organisation as the signed-in person. */
export function AcceptInvitationPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const client = usePortal();
  const me = useMe();
  const navigate = useNavigate();
  const accept = useAction(async () => {
    const org = await client.invitations.accept(token);
    me.reload();
    navigate(`/orgs/${org.id}`);
  });
  return (
    <AppShell>
      <PageHeader title={t('accept.title')} description={t('accept.description')} />
      <section className="card">
        <p>{t('accept.as', { email: me.me.user.email })}</p>
        {accept.error !== undefined && <ErrorNotice error={accept.error} />}
        <button
          type="button"
          className="button"
          disabled={accept.pending}
          onClick={() => void accept.run()}
        >
          {t('accept.submit')}
        </button>
      </section>
    </AppShell>
  );
}

import { type InvitationPreview, PortalNotFoundError } from '@devportal/portal-client';
import { useNavigate, useParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { PageHeader } from '../components/PageHeader.js';
import { useAction } from '../hooks/use-action.js';
import { useLoad } from '../hooks/use-load.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AppShell } from '../layout/AppShell.js';
import { useMe } from '../org/me-context.js';

/**
 * The page an invitation link opens: what the invitation offers (organisation, role, who invited,
 * for which address), then joining the organisation as the signed-in person.
 */
export function AcceptInvitationPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const client = usePortal();
  const me = useMe();
  const navigate = useNavigate();
  // A link that no longer works answers 404: said plainly, not as a failure to retry.
  const preview = useLoad(
    () =>
      client.invitations.preview(token).then(
        (offer): InvitationPreview | undefined => offer,
        (error: unknown) => {
          if (error instanceof PortalNotFoundError) return undefined;
          throw error;
        },
      ),
    [client, token],
  );
  const accept = useAction(async () => {
    const org = await client.invitations.accept(token);
    me.reload();
    navigate(`/orgs/${org.id}`);
  });
  return (
    <AppShell>
      <PageHeader title={t('accept.title')} description={t('accept.description')} />
      <section className="card">
        <AsyncView loaded={preview}>
          {(offer) =>
            offer === undefined ? (
              <p role="alert">{t('invitation.notFound')}</p>
            ) : (
              <InvitationOffer
                offer={offer}
                email={me.me.user.email}
                pending={accept.pending}
                onAccept={() => void accept.run()}
              />
            )
          }
        </AsyncView>
        {accept.error !== undefined && <ErrorNotice error={accept.error} />}
      </section>
    </AppShell>
  );
}

function InvitationOffer(props: {
  offer: InvitationPreview;
  email: string;
  pending: boolean;
  onAccept: () => void;
}) {
  const { t, dateTime } = useI18n();
  const { offer, email } = props;
  const forMe = offer.email.toLowerCase() === email.toLowerCase();
  return (
    <>
      <dl className="facts">
        <dt>{t('invitation.organisation')}</dt>
        <dd>{offer.organization.name}</dd>
        <dt>{t('invitation.role')}</dt>
        <dd>{t(`role.${offer.role}`)}</dd>
        <dt>{t('invitation.inviter')}</dt>
        <dd>{offer.inviter.name ?? offer.inviter.email ?? '—'}</dd>
        <dt>{t('invitation.address')}</dt>
        <dd>{offer.email}</dd>
        <dt>{t('invitation.expires')}</dt>
        <dd>{dateTime(offer.expiresAt)}</dd>
      </dl>
      {forMe ? (
        <>
          <p>{t('accept.as', { email })}</p>
          <button
            type="button"
            className="button"
            disabled={props.pending}
            onClick={props.onAccept}
          >
            {t('accept.submit')}
          </button>
        </>
      ) : (
        <p role="alert">{t('invitation.otherAddress', { invited: offer.email, email })}</p>
      )}
    </>
  );
}

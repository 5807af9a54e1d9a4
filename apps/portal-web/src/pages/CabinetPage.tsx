import { Link } from 'react-router';
import { Badge } from '../components/Badge.js';
import { PageHeader } from '../components/PageHeader.js';
import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/messages.ru.js';
import { PendingInvitations } from '../invitations/PendingInvitations.js';
import { useOrg } from '../org/org-context.js';
import { OrganizationSettings } from './cabinet/OrganizationSettings.js';

/** The seed's onboarding steps, each a link to where it is done. */
const ONBOARDING: readonly { readonly label: MessageKey; readonly path: string }[] = [
  { label: 'cabinet.step.invite', path: 'members' },
  { label: 'cabinet.step.product', path: 'products' },
  { label: 'cabinet.step.access', path: 'access-requests' },
  { label: 'cabinet.step.application', path: 'applications' },
  { label: 'cabinet.step.subscribe', path: 'products' },
  { label: 'cabinet.step.tryIt', path: 'try-it' },
  { label: 'cabinet.step.analytics', path: 'analytics' },
];

/** The organisation's cabinet: what it is, the way to the first call, and its settings. */
export function CabinetPage() {
  const { t, dateTime } = useI18n();
  const { org } = useOrg();
  return (
    <>
      <PageHeader title={org.name} description={t('cabinet.description')} />
      <PendingInvitations />
      <section className="card" aria-labelledby="org-facts">
        <h2 id="org-facts">{t('cabinet.facts')}</h2>
        <dl className="facts">
          <dt>{t('cabinet.role')}</dt>
          <dd>
            <Badge tone="info">{t(`role.${org.role}`)}</Badge>
          </dd>
          <dt>{t('cabinet.kind')}</dt>
          <dd>{org.test ? t('cabinet.kind.test') : t('cabinet.kind.regular')}</dd>
          <dt>{t('cabinet.members')}</dt>
          <dd>{org.memberCount ?? '—'}</dd>
          <dt>{t('cabinet.created')}</dt>
          <dd>{dateTime(org.createdAt)}</dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="onboarding">
        <h2 id="onboarding">{t('cabinet.onboarding')}</h2>
        <ol className="steps">
          {ONBOARDING.map((step) => (
            <li key={step.label}>
              <Link to={`/orgs/${org.id}/${step.path}`}>{t(step.label)}</Link>
            </li>
          ))}
        </ol>
      </section>
      <OrganizationSettings />
    </>
  );
}

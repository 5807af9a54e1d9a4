import { Navigate } from 'react-router';
import { EmptyState } from '../components/EmptyState.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useMe } from '../org/me-context.js';
import { AppShell } from './AppShell.js';

/** After sign-in: the first organisation's cabinet (the test organisation for a new person). */
export function HomeRedirect() {
  const { t } = useI18n();
  const { me } = useMe();
  const first = me.organizations[0];
  if (first) return <Navigate to={`/orgs/${first.id}`} replace />;
  return (
    <AppShell>
      <EmptyState title={t('org.none')} />
    </AppShell>
  );
}

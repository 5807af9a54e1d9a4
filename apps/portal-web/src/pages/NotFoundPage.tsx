import { Link } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { SupportContact } from '../components/SupportContact.js';
import { useI18n } from '../i18n/i18n-context.js';
import { AppShell } from '../layout/AppShell.js';
import { MeProvider } from '../org/me-context.js';
import { PublicLayout } from '../reference/PublicLayout.js';
import { UnavailablePage } from './UnavailablePage.js';

/**
 * An address the site has no page for, inside the frame the person is in: the cabinet's for a
 * signed-in person, the public pages' for anyone else.
 */
export function NotFoundPage() {
  const { t } = useI18n();
  const { session } = useAuth();
  if (session) {
    return (
      <MeProvider>
        <AppShell>
          <UnavailablePage kind="page" />
        </AppShell>
      </MeProvider>
    );
  }
  return (
    <PublicLayout>
      <UnavailablePage kind="page" />
      <p>
        <Link to="/apis">{t('reference.nav.catalog')}</Link>
      </p>
      <SupportContact />
    </PublicLayout>
  );
}

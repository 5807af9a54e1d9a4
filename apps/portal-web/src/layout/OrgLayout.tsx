import { PortalForbiddenError, PortalNotFoundError } from '@devportal/portal-client';
import { Outlet, useParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { ErrorNotice } from '../components/ErrorNotice.js';
import { Spinner } from '../components/Spinner.js';
import { useLoad } from '../hooks/use-load.js';
import { useMe } from '../org/me-context.js';
import { OrgProvider } from '../org/org-context.js';
import { UnavailablePage } from '../pages/UnavailablePage.js';
import { AppShell } from './AppShell.js';

/**
 * The cabinet of the organisation named in the address. Its pages are remounted when the
 * organisation changes, so nothing of one organisation lingers on another's page. An
 * organisation the person cannot open still gets the site's frame (header, language, their own
 * organisations), with the reason and the way back.
 */
export function OrgLayout() {
  const { orgId = '' } = useParams();
  const client = usePortal();
  const me = useMe();
  const loaded = useLoad(() => client.organizations.get(orgId), [client, orgId, me.me]);
  if (loaded.status === 'loading') return <Spinner />;
  if (loaded.status === 'error') {
    const { error } = loaded;
    return (
      <AppShell>
        {error instanceof PortalNotFoundError ? (
          <UnavailablePage kind="organisation" />
        ) : error instanceof PortalForbiddenError ? (
          <UnavailablePage kind="forbidden" />
        ) : (
          <ErrorNotice error={error} onRetry={loaded.reload} />
        )}
      </AppShell>
    );
  }
  const org = loaded.data;
  return (
    <OrgProvider state={{ org, reload: loaded.reload }}>
      <AppShell org={org}>
        <Outlet key={org.id} />
      </AppShell>
    </OrgProvider>
  );
}

import { Outlet, useParams } from 'react-router';
import { usePortal } from '../api/portal-context.js';
import { AsyncView } from '../components/AsyncView.js';
import { useLoad } from '../hooks/use-load.js';
import { useMe } from '../org/me-context.js';
import { OrgProvider } from '../org/org-context.js';
import { AppShell } from './AppShell.js';

/**
 * The cabinet of the organisation named in the address. Its pages are remounted when the
 * organisation changes, so nothing of one organisation lingers on another's page.
 */
export function OrgLayout() {
  const { orgId = '' } = useParams();
  const client = usePortal();
  const me = useMe();
  const loaded = useLoad(() => client.organizations.get(orgId), [client, orgId, me.me]);
  return (
    <AsyncView loaded={loaded}>
      {(org) => (
        <OrgProvider state={{ org, reload: loaded.reload }}>
          <AppShell org={org}>
            <Outlet key={org.id} />
          </AppShell>
        </OrgProvider>
      )}
    </AsyncView>
  );
}

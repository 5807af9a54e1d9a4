import { Navigate } from 'react-router';
import { HomeRedirect } from '../layout/HomeRedirect.js';
import { useMe } from '../org/me-context.js';

/** `/try-it` (where the public reference sends people): «Попробовать» of their first organisation. */
export function TryItRedirect() {
  const { me } = useMe();
  const first = me.organizations[0];
  return first ? <Navigate to={`/orgs/${first.id}/try-it`} replace /> : <HomeRedirect />;
}

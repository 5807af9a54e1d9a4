import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context.js';
import { MeProvider } from '../org/me-context.js';

/** Pages for signed-in people: anyone else goes to sign in and comes back here afterwards. */
export function RequireAuth() {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) {
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return (
    <MeProvider>
      <Outlet />
    </MeProvider>
  );
}

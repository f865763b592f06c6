import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type Role } from './auth';
import { setupPath } from '../modules/identity/setup';

/** Client-side convenience only: the server decides. Sends the anonymous to login and hides pages a role lacks. */
export function RequireRole({ roles, children }: { roles: Role[] | 'any'; children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <p>Indlæser…</p>;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  // A forced password change or MFA enrolment comes first (identity); the server refuses everything else.
  if (user.setupStep && location.pathname !== setupPath(user.setupStep)) return <Navigate to={setupPath(user.setupStep)} replace />;
  if (roles !== 'any' && !roles.includes(user.role)) {
    return (
      <div>
        <h1>Siden findes ikke</h1>
        <p>Siden findes ikke, eller du har ikke adgang til den.</p>
      </div>
    );
  }
  return <>{children}</>;
}

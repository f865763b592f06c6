import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth, type Role } from './auth';

/** Client-side convenience only: the server decides. Sends the anonymous to login and hides pages a role lacks. */
export function RequireRole({ roles, children }: { roles: Role[] | 'any'; children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <p>Indlæser…</p>;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
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

import { createContext, useContext, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './api';
import { clearAllDrafts } from './drafts';

import type { Role } from './roles';

// Roles are the server's (app/roles.ts).
export type { Role };
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  municipalityCode: string | null;
  region: string | null;
  mustChangePassword: boolean;
  mfaEnabled: boolean;
  /** Set while the session must change password or enrol MFA before anything else (identity). */
  setupStep: 'password_change' | 'mfa_enrolment' | null;
}

interface AuthState {
  user: CurrentUser | null;
  loading: boolean;
  refresh: () => Promise<void>;
  signedIn: (session: { user: CurrentUser; csrfToken: string }) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const me = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const s = await api<{ user: CurrentUser; csrfToken: string }>('GET', '/api/me');
        setCsrfToken(s.csrfToken);
        return s.user;
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
  const state: AuthState = {
    user: me.data ?? null,
    loading: me.isLoading,
    refresh: async () => void (await qc.invalidateQueries({ queryKey: ['me'] })),
    signedIn: (s) => {
      setCsrfToken(s.csrfToken);
      qc.setQueryData(['me'], s.user);
    },
    signOut: async () => {
      await api('POST', '/api/auth/logout').catch(() => {});
      setCsrfToken(null);
      clearAllDrafts(); // drafts may hold case details: they end with the session
      // Drop every cached answer (they may hold personal data), keep the observer of 'me' and set it signed out.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
      qc.setQueryData(['me'], null);
    },
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}

import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../../app/api';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { ROLE_NAMES, type AdminUser } from './adminApi';
import { ScopeFields, scopeBody, type ScopeValue } from './ScopeFields';

export function UserPage() {
  const { id } = useParams();
  const qc = useQueryClient();
  const user = useQuery({ queryKey: ['admin', 'users', id], queryFn: () => api<AdminUser>('GET', `/api/admin/users/${id}`) });
  const [scope, setScope] = useState<ScopeValue | null>(null);
  const [oneTime, setOneTime] = useState<string | null>(null);
  useEffect(() => {
    if (user.data && !scope) setScope({ role: user.data.role, municipalityCode: user.data.municipalityCode ?? '', region: user.data.region ?? '' });
  }, [user.data, scope]);
  const done = () => qc.invalidateQueries({ queryKey: ['admin', 'users'] });
  const save = useMutation({ mutationFn: () => api('PATCH', `/api/admin/users/${id}`, scopeBody(scope!)), onSuccess: done });
  const action = useMutation({ mutationFn: (what: 'deactivate' | 'activate' | 'reset-mfa' | 'unlink-sso') => api('POST', `/api/admin/users/${id}/${what}`), onSuccess: done });
  const reset = useMutation({
    mutationFn: () => api<{ oneTimePassword: string }>('POST', `/api/admin/users/${id}/reset-password`),
    onSuccess: (r) => { setOneTime(r.oneTimePassword); return done(); },
  });

  if (user.isError) return <ErrorAlert error={user.error} />;
  if (!user.data || !scope) return <p>Indlæser…</p>;
  const u = user.data;
  return (
    <div>
      <p><Link to="/admin/brugere">Tilbage til brugere</Link></p>
      <h1>{u.displayName} ({u.username})</h1>
      <p>{ROLE_NAMES[u.role]} · {u.active ? 'Aktiv' : 'Deaktiveret'} · Totrinsbekræftelse {u.mfaEnabled ? 'slået til' : 'ikke slået til'}</p>
      <ErrorAlert error={save.error ?? action.error ?? reset.error} />
      {save.isSuccess && <div className="alert alert-success" role="status"><div className="alert-body"><p className="alert-text">Rolle og område er gemt.</p></div></div>}
      {oneTime && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">Ny engangsadgangskode (vises kun nu): <span className="one-time-password">{oneTime}</span></p>
          </div>
        </div>
      )}
      <h2>Rolle og område</h2>
      <form onSubmit={(e: FormEvent) => { e.preventDefault(); save.mutate(); }} noValidate>
        <ScopeFields value={scope} onChange={setScope} />
        <button className="button button-primary" type="submit">Gem rolle og område</button>
      </form>
      <h2>Adgang</h2>
      <p>
        {u.ssoLinkedAt
          ? `Knyttet til en SSO-identitet siden ${new Date(u.ssoLinkedAt).toLocaleString('da-DK', { dateStyle: 'long', timeStyle: 'short' })}.`
          : 'Ikke knyttet til en SSO-identitet. Første login med SSO knytter kontoen til brugerens identitet hos identitetsudbyderen.'}
      </p>
      <div className="actions-row">
        <button type="button" className="button button-secondary" onClick={() => reset.mutate()}>Nulstil adgangskode</button>
        {u.ssoLinkedAt && <button type="button" className="button button-secondary" onClick={() => action.mutate('unlink-sso')}>Nulstil SSO-tilknytning</button>}
        {u.mfaEnabled && <button type="button" className="button button-secondary" onClick={() => action.mutate('reset-mfa')}>Nulstil totrinsbekræftelse</button>}
        {u.active
          ? <button type="button" className="button button-secondary" onClick={() => action.mutate('deactivate')}>Deaktiver bruger</button>
          : <button type="button" className="button button-secondary" onClick={() => action.mutate('activate')}>Genaktiver bruger</button>}
      </div>
    </div>
  );
}

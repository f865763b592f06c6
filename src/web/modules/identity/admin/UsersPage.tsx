import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../../app/api';
import { ErrorAlert } from '../../../app/ErrorAlert';
import { ROLE_NAMES, type AdminUser } from './adminApi';
import { ScopeFields, scopeBody, type ScopeValue } from './ScopeFields';
import { useMunicipalityName } from '../../intake/useMunicipalities';


export function UsersPage() {
  const qc = useQueryClient();
  // Municipalities by name, never a bare code.
  const municipalityName = useMunicipalityName();
  const scopeText = (u: AdminUser) => (u.municipalityCode ? municipalityName(u.municipalityCode) : (u.region ?? 'Hele landet'));
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => api<{ users: AdminUser[] }>('GET', '/api/admin/users') });
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [scope, setScope] = useState<ScopeValue>({ role: 'caseworker', municipalityCode: '', region: '' });
  const create = useMutation({
    mutationFn: () => api<{ user: AdminUser; oneTimePassword: string }>('POST', '/api/admin/users', { username, displayName, ...scopeBody(scope) }),
    onSuccess: () => {
      setUsername('');
      setDisplayName('');
      return qc.invalidateQueries({ queryKey: ['admin', 'users'] });
    },
  });

  return (
    <div>
      <h1>Brugere</h1>
      <table className="table table--zebra">
        <caption className="sr-only">Alle brugere</caption>
        <thead>
          <tr><th scope="col">Brugernavn</th><th scope="col">Navn</th><th scope="col">Rolle</th><th scope="col">Område</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {users.data?.users.map((u) => (
            <tr key={u.id}>
              <td><Link to={`/admin/brugere/${u.id}`}>{u.username}</Link></td>
              <td>{u.displayName}</td>
              <td>{ROLE_NAMES[u.role]}</td>
              <td>{scopeText(u)}</td>
              <td>{!u.active ? 'Deaktiveret' : u.lockedUntil ? 'Spærret' : u.mustChangePassword ? 'Skal skifte adgangskode' : 'Aktiv'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Opret bruger</h2>
      {create.data && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">{create.data.user.username} er oprettet</p>
            <p className="alert-text">Engangsadgangskode (vises kun nu): <span className="one-time-password">{create.data.oneTimePassword}</span></p>
          </div>
        </div>
      )}
      <ErrorAlert error={create.error} />
      <form onSubmit={(e: FormEvent) => { e.preventDefault(); create.mutate(); }} noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="new-username">Brugernavn</label>
          <input className="form-input" id="new-username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="new-display-name">Navn</label>
          <input className="form-input" id="new-display-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </div>
        <ScopeFields value={scope} onChange={setScope} />
        <button className="button button-primary" type="submit" disabled={create.isPending}>Opret bruger</button>
      </form>
    </div>
  );
}

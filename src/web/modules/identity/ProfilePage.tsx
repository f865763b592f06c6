import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ReminderSettings } from '../coordination/ReminderSettings';

interface OwnSession { id: string; createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; authMethod: 'password' | 'oidc'; current: boolean }

const when = (iso: string) => new Date(iso).toLocaleString('da-DK', { dateStyle: 'medium', timeStyle: 'short' });
/** A short browser description from the user agent, enough to recognise one's own devices. */
const browserOf = (ua: string | null) => (!ua ? 'Ukendt' : /Edg\//.test(ua) ? 'Edge' : /Firefox\//.test(ua) ? 'Firefox' : /Chrom/.test(ua) ? 'Chrome/Chromium' : /Safari\//.test(ua) ? 'Safari' : 'Anden browser');

export function ProfilePage() {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const sessions = useQuery({ queryKey: ['me', 'sessions'], queryFn: () => api<{ sessions: OwnSession[] }>('GET', '/api/me/sessions') });
  const revoke = useMutation({
    mutationFn: (id: string) => api('DELETE', `/api/me/sessions/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['me', 'sessions'] }),
  });
  const revokeAll = useMutation({
    mutationFn: () => api('POST', '/api/me/sessions/revoke-all'),
    onSuccess: async () => {
      await signOut();
      navigate('/login');
    },
  });
  if (!user) return null;
  return (
    <div>
      <h1>Min profil</h1>
      <p><strong>{user.displayName}</strong> ({user.username})</p>
      <h2>Adgangskode og totrinsbekræftelse</h2>
      <ul className="nobullet-list">
        <li><Link to="/min-profil/skift-adgangskode">Skift adgangskode</Link></li>
        <li>
          Totrinsbekræftelse: {user.mfaEnabled ? 'slået til' : 'ikke slået til'} – <Link to="/min-profil/totrin">{user.mfaEnabled ? 'se status' : 'opsæt nu'}</Link>
        </li>
      </ul>
      <ReminderSettings />
      <h2>Aktive sessioner</h2>
      <ErrorAlert error={revoke.error ?? revokeAll.error} />
      <table className="table table--zebra">
        <caption className="sr-only">Dine aktive sessioner</caption>
        <thead>
          <tr><th scope="col">Browser</th><th scope="col">IP-adresse</th><th scope="col">Logget ind</th><th scope="col">Sidst aktiv</th><th scope="col">Handling</th></tr>
        </thead>
        <tbody>
          {sessions.data?.sessions.map((s) => (
            <tr key={s.id}>
              <td>{browserOf(s.userAgent)}{s.authMethod === 'oidc' ? ' (SSO)' : ''}{s.current ? ' – denne session' : ''}</td>
              <td>{s.ip ?? '–'}</td>
              <td>{when(s.createdAt)}</td>
              <td>{when(s.lastSeenAt)}</td>
              <td>
                {!s.current && (
                  <button type="button" className="button button-tertiary" onClick={() => revoke.mutate(s.id)}>
                    Afslut<span className="sr-only"> session fra {when(s.createdAt)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-secondary" onClick={() => revokeAll.mutate()}>Log ud overalt</button>
    </div>
  );
}

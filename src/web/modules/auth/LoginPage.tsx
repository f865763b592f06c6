import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useAuth, type CurrentUser } from '../../app/auth';

/** Only same-site paths are followed after login, so `next` cannot send anyone elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginPage() {
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api<{ user: CurrentUser; csrfToken: string }>('POST', '/api/auth/login', { username, password });
      signedIn(session);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : 'Login mislykkedes.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>Log ind</h1>
        {error && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{error}</p>
            </div>
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <div className="form-group">
            <label className="form-label" htmlFor="username">Brugernavn</label>
            <input className="form-input" id="username" name="username" autoComplete="username" required
              value={username} onChange={(e) => setUsername(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="password">Adgangskode</label>
            <input className="form-input" id="password" name="password" type="password" autoComplete="current-password" required
              value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <button className="button button-primary" type="submit" disabled={busy}>
            {busy ? 'Logger ind…' : 'Log ind'}
          </button>
        </form>
      </div>
    </div>
  );
}

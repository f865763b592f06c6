import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useAuth, type CurrentUser } from '../../app/auth';
import { setupPath } from '../identity/setup';

/** Only same-site paths are followed after login, so `next` cannot send anyone elsewhere. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

const SSO_ERRORS: Record<string, string> = {
  ukendt: 'Din konto hos identitetsudbyderen er ikke knyttet til en aktiv bruger i Skjold. Kontakt din administrator.',
  spaerret: 'Din konto i Skjold er midlertidigt spærret. Prøv igen senere, eller kontakt din administrator.',
  fejl: 'Login med SSO mislykkedes. Prøv igen, eller log ind med brugernavn og adgangskode.',
};

export function LoginPage() {
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(params.get('sso') ? SSO_ERRORS[params.get('sso')!] ?? SSO_ERRORS.fejl! : null);
  const [busy, setBusy] = useState(false);
  const sso = useQuery({ queryKey: ['oidc'], queryFn: () => api<{ enabled: boolean }>('GET', '/api/auth/oidc') });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const second = needsCode ? (useRecovery ? { recoveryCode: code } : { totp: code.replace(/\s/g, '') }) : {};
      const session = await api<{ user: CurrentUser; csrfToken: string }>('POST', '/api/auth/login', { username, password, ...second });
      signedIn(session);
      navigate(session.user.setupStep ? setupPath(session.user.setupStep) : safeNext(params.get('next')), { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.body.code === 'auth.mfa_required') {
        setNeedsCode(true);
      } else {
        setError(err instanceof ApiError ? err.body.message : 'Login mislykkedes.');
      }
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
          {!needsCode ? (
            <>
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
            </>
          ) : (
            <div className="form-group">
              <label className="form-label" htmlFor="code">{useRecovery ? 'Gendannelseskode' : 'Kode fra godkendelsesapp'}</label>
              <span className="form-hint" id="code-hint">
                {useRecovery ? 'En af de gendannelseskoder, du fik ved opsætningen. Hver kode virker én gang.' : 'De 6 cifre, appen viser lige nu.'}
              </span>
              <input className="form-input input-width-s" id="code" name="code" autoComplete="one-time-code" required autoFocus
                inputMode={useRecovery ? 'text' : 'numeric'} aria-describedby="code-hint" value={code} onChange={(e) => setCode(e.target.value)} />
              <p>
                <button type="button" className="button button-unstyled" onClick={() => { setUseRecovery(!useRecovery); setCode(''); }}>
                  {useRecovery ? 'Brug kode fra app i stedet' : 'Brug en gendannelseskode i stedet'}
                </button>
              </p>
            </div>
          )}
          <button className="button button-primary" type="submit" disabled={busy}>
            {busy ? 'Logger ind…' : needsCode ? 'Bekræft' : 'Log ind'}
          </button>
        </form>
        {sso.data?.enabled && !needsCode && (
          <>
            <h2 className="h4">Eller</h2>
            {/* A full page navigation: the server redirects to the identity provider. */}
            <a className="button button-secondary" href="/api/auth/oidc/start">Log ind med SSO</a>
          </>
        )}
      </div>
    </div>
  );
}

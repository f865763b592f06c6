import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/ErrorAlert';

export function ChangePasswordPage() {
  const { user, refresh } = useAuth();
  const navigate = useNavigate();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/api/me/password', { currentPassword, newPassword });
      await refresh();
      navigate('/min-profil', { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>Skift adgangskode</h1>
        {user?.setupStep === 'password_change' && (
          <div className="alert alert-info">
            <div className="alert-body"><p className="alert-text">Du skal vælge din egen adgangskode, før du kan bruge Skjold.</p></div>
          </div>
        )}
        <ErrorAlert error={error} />
        <form onSubmit={submit} noValidate>
          <div className="form-group">
            <label className="form-label" htmlFor="current-password">Nuværende adgangskode</label>
            <input className="form-input" id="current-password" type="password" autoComplete="current-password" required
              value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="new-password">Ny adgangskode</label>
            <span className="form-hint" id="new-password-hint">
              Mindst 12 tegn. Brug gerne flere ord i en sætning, som kun du kender. Almindelige adgangskoder afvises.
            </span>
            <input className="form-input" id="new-password" type="password" autoComplete="new-password" required
              aria-describedby="new-password-hint" value={newPassword} onChange={(e) => setNew(e.target.value)} />
          </div>
          <button className="button button-primary" type="submit" disabled={busy}>Gem ny adgangskode</button>
        </form>
      </div>
    </div>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/ErrorAlert';

interface Enrolment { secret: string; otpauthUri: string; qrCodeDataUrl: string }
interface MfaStatus { enabled: boolean; required: boolean; recoveryCodesLeft: number }

export function MfaEnrolmentPage() {
  const { refresh } = useAuth();
  const status = useQuery({ queryKey: ['me', 'mfa'], queryFn: () => api<MfaStatus>('GET', '/api/me/mfa') });
  const start = useMutation({ mutationFn: () => api<Enrolment>('POST', '/api/me/mfa/enrolment') });
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const confirm = useMutation({
    mutationFn: () => api<{ recoveryCodes: string[] }>('POST', '/api/me/mfa/enrolment/confirm', { code: code.replace(/\s/g, '') }),
    onSuccess: (r) => setCodes(r.recoveryCodes),
  });

  if (codes) {
    return (
      <div>
        <h1>Totrinsbekræftelse er slået til</h1>
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-text">Gem dine gendannelseskoder et sikkert sted nu. De vises kun denne ene gang, og hver kode virker én gang.</p>
          </div>
        </div>
        <ul className="recovery-codes" aria-label="Gendannelseskoder">
          {codes.map((c) => <li key={c}><code>{c}</code></li>)}
        </ul>
        <button className="button button-primary" type="button" onClick={async () => { await refresh(); window.location.assign('/min-profil'); }}>
          Jeg har gemt koderne
        </button>
      </div>
    );
  }

  if (status.data?.enabled) {
    return (
      <div>
        <h1>Totrinsbekræftelse</h1>
        <p>Totrinsbekræftelse er slået til. Du har {status.data.recoveryCodesLeft} ubrugte gendannelseskoder.</p>
        <p><Link to="/min-profil">Tilbage til min profil</Link></p>
      </div>
    );
  }

  return (
    <div className="row">
      <div className="col-12 col-md-10 col-lg-8">
        <h1>Opsæt totrinsbekræftelse</h1>
        {status.data?.required && (
          <div className="alert alert-info">
            <div className="alert-body"><p className="alert-text">Din rolle giver adgang til personoplysninger. Du skal bruge totrinsbekræftelse, før du kan fortsætte.</p></div>
          </div>
        )}
        <ErrorAlert error={start.error ?? confirm.error} />
        {!start.data ? (
          <>
            <p>Du skal bruge en godkendelsesapp på din telefon, fx Microsoft Authenticator eller Google Authenticator.</p>
            <button className="button button-primary" type="button" onClick={() => start.mutate()} disabled={start.isPending}>Start opsætning</button>
          </>
        ) : (
          <form onSubmit={(e: FormEvent) => { e.preventDefault(); confirm.mutate(); }} noValidate>
            <ol>
              <li>Scan QR-koden med appen.</li>
              <li>Kan du ikke scanne, så indtast nøglen: <code className="mfa-secret">{start.data.secret}</code></li>
              <li>Indtast den 6-cifrede kode, appen viser.</li>
            </ol>
            <img className="mfa-qr" src={start.data.qrCodeDataUrl} alt="QR-kode til godkendelsesappen" width={240} height={240} />
            <div className="form-group">
              <label className="form-label" htmlFor="mfa-code">Kode fra appen</label>
              <input className="form-input input-width-s" id="mfa-code" inputMode="numeric" autoComplete="one-time-code" required
                value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
            <button className="button button-primary" type="submit" disabled={confirm.isPending}>Bekræft og slå til</button>
          </form>
        )}
      </div>
    </div>
  );
}

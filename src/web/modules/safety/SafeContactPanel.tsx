import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../intake/form/ErrorSummary';
import { FormErrorsContext, TextArea, TextField } from '../intake/form/fields';
import { useCaseForm } from '../cases/useCaseForm';
import { danishDate } from './format';
import { putSafeContact, revealSafeContact, type SafeContact, type SafetyPlan } from './safetyApi';

const LABELS: Record<string, string> = { codeWord: 'Kodeord', safeNumber: 'Sikkert telefonnummer', safeTimes: 'Sikre tidspunkter', notes: 'Noter' };

/**
 * The safe contact (DOMAIN.md § 11.2): recorded sealed; the page only says that it is recorded. Only a
 * participant with a role on the case sees "Vis" and must give a purpose, which goes into the access log.
 * Never printed: the whole panel is hidden in print.
 */
export function SafeContactPanel({ caseId, plan, canWrite }: { caseId: string; plan: SafetyPlan; canWrite: boolean }) {
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [v, setV] = useState({ codeWord: '', safeNumber: '', safeTimes: '', notes: '' });
  const form = useCaseForm(Object.keys(LABELS));
  const [revealOpen, setRevealOpen] = useState(false);
  const [shown, setShown] = useState<SafeContact | null>(null);
  const sc = plan.safeContact;
  return (
    <section className="safe-contact d-print-none" aria-labelledby="safe-contact-h">
      <h2 id="safe-contact-h">Sikker kontakt</h2>
      <p className="form-hint">Kodeord, sikkert nummer og sikre tidspunkter vises kun ved opslag med et formål. De kommer aldrig på lister, udskrifter, PDF eller i journalen.</p>
      <p>{sc.recorded ? <>Registreret {danishDate(sc.recordedAt)}.</> : 'Der er ikke registreret en sikker kontakt.'}</p>
      <Done message={form.done} />
      {shown && (
        <div className="safe-contact-values" aria-live="polite">
          <dl>
            <dt>Kodeord</dt><dd>{shown.codeWord}</dd>
            <dt>Sikkert nummer</dt><dd>{shown.safeNumber || '–'}</dd>
            <dt>Sikre tidspunkter</dt><dd>{shown.safeTimes || '–'}</dd>
            <dt>Noter</dt><dd>{shown.notes || '–'}</dd>
          </dl>
          <button type="button" className="button button-secondary" onClick={() => setShown(null)}>Skjul igen</button>
        </div>
      )}
      <div className="safe-contact-actions">
        {sc.canReveal && !shown && <button type="button" className="button button-primary" onClick={() => setRevealOpen(true)}>Vis sikker kontakt</button>}
        {canWrite && !editing && (
          <button type="button" className="button button-secondary" onClick={() => { setEditing(true); setShown(null); }}>
            {sc.recorded ? 'Registrér ny sikker kontakt' : 'Registrér sikker kontakt'}
          </button>
        )}
      </div>
      {revealOpen && <RevealDialog caseId={caseId} onClose={() => setRevealOpen(false)} onShown={(s) => { setShown(s); setRevealOpen(false); }} />}
      {editing && (
        <>
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="sc" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'sc' }}>
            <form noValidate aria-label="Registrér sikker kontakt" autoComplete="off"
              onSubmit={form.submit(
                () => ({ codeWord: v.codeWord.trim() ? undefined : 'Angiv kodeordet' }),
                async () => {
                  await putSafeContact(caseId, v);
                  setV({ codeWord: '', safeNumber: '', safeTimes: '', notes: '' });
                  setEditing(false);
                  await qc.invalidateQueries({ queryKey: ['safety', caseId] });
                  return 'Den sikre kontakt er registreret. Den vises kun ved opslag med formål.';
                },
              )}>
              <div className="form-row-2">
                <TextField path="codeWord" label={LABELS.codeWord!} value={v.codeWord} onChange={(x) => setV((p) => ({ ...p, codeWord: x }))} />
                <TextField path="safeNumber" label={LABELS.safeNumber!} required={false} type="tel" inputMode="tel" value={v.safeNumber} onChange={(x) => setV((p) => ({ ...p, safeNumber: x }))} />
              </div>
              <TextField path="safeTimes" label={LABELS.safeTimes!} required={false} hint="Hvornår borgeren kan kontaktes sikkert" value={v.safeTimes} onChange={(x) => setV((p) => ({ ...p, safeTimes: x }))} />
              <TextArea path="notes" label={LABELS.notes!} required={false} rows={2} value={v.notes} onChange={(x) => setV((p) => ({ ...p, notes: x }))} />
              <button type="submit" className="button button-primary" disabled={form.busy}>Gem sikker kontakt</button>{' '}
              <button type="button" className="button button-tertiary" onClick={() => setEditing(false)}>Annullér</button>
            </form>
          </FormErrorsContext.Provider>
        </>
      )}
    </section>
  );
}

/** A modal dialog: the purpose of looking is asked for and logged with the reveal. */
function RevealDialog({ caseId, onClose, onShown }: { caseId: string; onClose: () => void; onShown: (s: SafeContact) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);
  return (
    <dialog ref={ref} className="modal reveal-dialog" aria-labelledby="reveal-h" onCancel={onClose}>
      <form noValidate method="dialog"
        onSubmit={async (e) => {
          e.preventDefault();
          setError(null);
          if (purpose.trim().length < 5) { setError('Angiv formålet med opslaget (mindst 5 tegn).'); return; }
          try {
            onShown(await revealSafeContact(caseId, purpose.trim()));
          } catch (err) {
            setError(err instanceof ApiError ? (err.body.details[0]?.message ?? err.body.message) : 'Den sikre kontakt kunne ikke vises.');
          }
        }}>
        <h2 id="reveal-h" className="h3">Vis sikker kontakt</h2>
        <p>Opslaget logges med dit navn og formålet, og databeskyttelsesrådgiveren kan se det.</p>
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="reveal-purpose">Formål med opslaget</label>
          {error && <span className="form-error-message" id="reveal-purpose-error" role="alert">{error}</span>}
          <input id="reveal-purpose" className="form-input input-width-l" value={purpose} autoFocus aria-describedby={error ? 'reveal-purpose-error' : undefined}
            onChange={(e) => setPurpose(e.target.value)} />
        </div>
        <button type="submit" className="button button-primary">Vis</button>{' '}
        <button type="button" className="button button-secondary" onClick={onClose}>Annullér</button>
      </form>
    </dialog>
  );
}

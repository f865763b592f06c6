import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError } from '../../../app/api';
import type { Instrument } from '../riskApi';
import type { StepProps } from './stepProps';

interface Problem { path: string; message: string }

/** Where a problem is fixed: the step (URL slug) and the field's id there, from the server's path. */
function locate(path: string, instrument: Instrument): { step: string; fieldId: string | null; text: (m: string) => string } {
  const p = path.replace(/^body\./, '').replace(/^content\./, '').split('.');
  const factor = (code: string) => instrument.parts.flatMap((x) => x.factors).find((f) => f.code === code);
  if (p[0] === 'factors' && p[1]) {
    const f = factor(p[1]);
    const when = p[2] === 'past' ? 'tidligere' : 'nu';
    return { step: 'faktorer', fieldId: `f-${p[1]}-${p[2] ?? 'now'}`, text: () => `${p[1]} ${f?.label ?? ''}: vurderingen ${when} mangler.`.replace(' :', ':') };
  }
  const same = (m: string) => m;
  if (p[0] === 'perpetrators' || p[0] === 'background' || p[0] === 'otherConsiderations') return { step: p[0] === 'otherConsiderations' ? 'faktorer' : 'baggrund', fieldId: null, text: same };
  if (p[0] === 'scenarios') return { step: 'scenarier', fieldId: null, text: same };
  if (p[0] === 'conclusions') return { step: 'konklusioner', fieldId: null, text: same };
  if (p[0] === 'recommendations') return { step: 'anbefalinger', fieldId: null, text: same };
  return { step: 'afslut', fieldId: null, text: same };
}

/**
 * Step 6: check and sign. The server decides what is missing; the summary takes focus and links each problem,
 * in Danish with the factor's name, to the step and field where it is fixed.
 */
export function CompleteStep({ onComplete, busy, instrument }: StepProps & { onComplete: () => Promise<void>; busy: boolean }) {
  const [error, setError] = useState<{ message: string; details: Problem[] } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const base = useLocation().pathname.replace(/\/[^/]+$/, '');
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error, attempt]);
  return (
    <>
      <h2>6. Afslut og underskriv</h2>
      <p>Når vurderingen er afsluttet, er du registreret som den, der har foretaget og underskrevet den. Den kan derefter ikke ændres; en ny vurdering tager udgangspunkt i denne.</p>
      {error && (
        <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="complete-error-heading">
          <div className="alert-body">
            <h3 className="alert-heading h4" id="complete-error-heading">{error.details.length ? 'Vurderingen kan ikke afsluttes endnu' : error.message}</h3>
            {error.details.length > 0 && (
              <ul className="alert-text nobullet-list">
                {error.details.map((d) => {
                  const at = locate(d.path, instrument);
                  return <li key={d.path}><Link to={`${base}/${at.step}${at.fieldId ? `#${at.fieldId}` : ''}`} state={{ focus: at.fieldId }}>{at.text(d.message)}</Link></li>;
                })}
              </ul>
            )}
          </div>
        </div>
      )}
      <button type="button" className="button button-primary" disabled={busy}
        onClick={async () => {
          setError(null);
          setAttempt((n) => n + 1);
          try {
            await onComplete();
          } catch (err) {
            if (err instanceof ApiError) setError({ message: err.body.message, details: err.body.details });
            else throw err;
          }
        }}>
        Afslut og underskriv vurderingen
      </button>
    </>
  );
}

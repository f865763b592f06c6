import { useState } from 'react';
import { ApiError } from '../../../app/api';
import type { StepProps } from './stepProps';
import { RISK_LEVEL_LABELS } from '../labels';

/** Step 6: check and sign. The server decides what is missing; the list links each problem to its step. */
export function CompleteStep({ onComplete, busy, content }: StepProps & { onComplete: () => Promise<void>; busy: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ message: string; details: { path: string; message: string }[] } | null>(null);
  return (
    <>
      <h2>6. Afslut og underskriv</h2>
      <p>Når vurderingen er afsluttet, er du registreret som den, der har foretaget og underskrevet den. Den kan derefter ikke ændres; en ny vurdering tager udgangspunkt i denne.</p>
      {error && (
        <div className="alert alert-error" role="alert" tabIndex={-1}>
          <div className="alert-body">
            <p className="alert-heading">{error.message}</p>
            <ul className="alert-text">{error.details.map((d) => <li key={d.path}>{d.message}</li>)}</ul>
          </div>
        </div>
      )}
      {!confirming && (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => setConfirming(true)}>
          Afslut og underskriv vurderingen
        </button>
      )}
      {confirming && (
        <section className="sign-confirm" aria-labelledby="sign-confirm-h">
          <h3 id="sign-confirm-h">Læs vurderingen igennem, før du underskriver</h3>
          <p><strong>Underskriften kan ikke fortrydes.</strong> Vurderingen kan ikke ændres bagefter; en ny vurdering tager udgangspunkt i denne.</p>
          {/* A read-only preview of what is signed: the conclusions, the scenarios and the recommendations. */}
          <dl className="sign-preview">
            <dt>Risiko for alvorlig vold</dt><dd>{content.conclusions.seriousViolence ? RISK_LEVEL_LABELS[content.conclusions.seriousViolence] : '–'}</dd>
            <dt>Overhængende risiko</dt><dd>{content.conclusions.imminent === null ? '–' : content.conclusions.imminent ? 'Ja' : 'Nej'}</dd>
            <dt>Sandsynlige ofre</dt><dd>{content.conclusions.likelyVictims.map((p) => p.description).join(', ') || '–'}</dd>
            <dt>Begrundelse</dt><dd>{content.conclusions.rationale || '–'}</dd>
            <dt>Scenarier</dt>
            <dd>{content.scenarios.length ? <ul>{content.scenarios.map((sc) => <li key={sc.id}>{sc.title} – {sc.level ? RISK_LEVEL_LABELS[sc.level] : '–'}{sc.measures.length > 0 && `: ${sc.measures.map((m) => m.text).join('; ')}`}</li>)}</ul> : '–'}</dd>
            <dt>Anbefalinger</dt>
            <dd>{content.recommendations.length ? <ul>{content.recommendations.map((r) => <li key={r.id}>{r.text}</li>)}</ul> : '–'}</dd>
          </dl>
          <button type="button" className="button button-primary" disabled={busy}
        onClick={async () => {
          setError(null);
          try {
            await onComplete();
          } catch (err) {
            if (err instanceof ApiError) setError({ message: err.body.message, details: err.body.details });
            else throw err;
          }
        }}>
            Bekræft og underskriv
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>Tilbage til udkastet</button>
        </section>
      )}
    </>
  );
}

import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { SCREENING_OUTCOME_LABELS, SCREENING_OUTCOMES, SCREENING_QUESTIONS, type ScreeningOutcome } from '../../../server/modules/risk/risk.codes';
import { RadioGroup, TextArea } from './fields';
import { createScreening, type Screening } from './riskApi';
import './risk.css';

/** Initial screening: the questions of DOMAIN.md § 6, an outcome and a short rationale. AKUT shows 112/114 at once. */
export function ScreeningPage() {
  const { caseId = '' } = useParams();
  const qc = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<ScreeningOutcome | null>(null);
  const [rationale, setRationale] = useState('');
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [saved, setSaved] = useState<Screening | null>(null);

  if (saved) {
    return (
      <div>
        <h1>Screening registreret</h1>
        {saved.acuteGuidance ? <AcuteGuidance g={saved.acuteGuidance} /> : (
          <div className="alert alert-success" role="status"><div className="alert-body"><p className="alert-text">Resultat: {SCREENING_OUTCOME_LABELS[saved.outcome]}.</p></div></div>
        )}
        <p><Link to={`/sager/${caseId}#afsnit-risiko`}>Tilbage til sagen</Link></p>
      </div>
    );
  }
  return (
    <div>
      <h1>Indledende risikoscreening</h1>
      {outcome === 'AKUT' && <AcuteGuidance g={{ emergencyNumbers: ['112', '114'], dutyToNotify: 'Er borgeren under 18 år, gælder den skærpede underretningspligt (Barnets lov § 133).' }} />}
      {errors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body"><p className="alert-heading">Screeningen kunne ikke gemmes</p>
            <ul className="alert-text">{errors.map((e) => <li key={e.path}>{e.message}</li>)}</ul></div>
        </div>
      )}
      <form noValidate aria-label="Indledende risikoscreening"
        onSubmit={async (e) => {
          e.preventDefault();
          const local = [
            ...(outcome ? [] : [{ path: 'body.outcome', message: 'Vælg et resultat.' }]),
            ...(rationale.trim() ? [] : [{ path: 'body.rationale', message: 'Skriv en kort begrundelse.' }]),
          ];
          setErrors(local);
          if (local.length) return;
          try {
            const filled = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim()));
            const s = await createScreening(caseId, { outcome: outcome!, rationale, answers: filled });
            await qc.invalidateQueries({ queryKey: ['risk', caseId] });
            await qc.invalidateQueries({ queryKey: ['cases', caseId] });
            setSaved(s);
          } catch (err) {
            setErrors(err instanceof ApiError ? (err.body.details.length ? err.body.details : [{ path: 'x', message: err.body.message }]) : [{ path: 'x', message: 'Der opstod en fejl.' }]);
          }
        }}>
        {SCREENING_QUESTIONS.map((q) => (
          <TextArea key={q.code} id={`q-${q.code}`} label={q.label} rows={2} value={answers[q.code] ?? ''}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.code]: v }))} />
        ))}
        <RadioGroup name="outcome" legend="Resultat af screeningen" value={outcome}
          options={SCREENING_OUTCOMES.map((o) => ({ code: o, label: SCREENING_OUTCOME_LABELS[o] }))} onChange={setOutcome} />
        <TextArea id="rationale" label="Begrundelse" value={rationale} onChange={setRationale} />
        <button type="submit" className="button button-primary">Gem screening</button>
      </form>
    </div>
  );
}

function AcuteGuidance({ g }: { g: NonNullable<Screening['acuteGuidance']> }) {
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">Akut fare – handl nu</p>
        <p className="alert-text">Ring <span className="emergency-numbers">112</span> ved akut fare, ellers politiet på <span className="emergency-numbers">114</span>.</p>
        {g.dutyToNotify && <p className="alert-text">{g.dutyToNotify}</p>}
      </div>
    </div>
  );
}

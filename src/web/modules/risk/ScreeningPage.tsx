import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../app/api';
import { SCREENING_OUTCOME_LABELS, SCREENING_OUTCOMES, SCREENING_QUESTIONS, type ScreeningOutcome } from './labels';
import { RadioGroup, TextArea } from './fields';
import { createInquiryScreening, createScreening, type Screening } from './riskApi';
import './risk.css';

const DUTY_PREVIEW = 'Er borgeren under 18 år, gælder den skærpede underretningspligt (Barnets lov § 133).';

/**
 * Initial screening: the questions of DOMAIN.md § 6, an outcome and a short rationale. AKUT shows 112/114 at once.
 * On a case (/sager/:caseId/risiko/screening) or on an inquiry (/henvendelser/:inquiryId/screening), where an
 * anonymous inquiry must not get identifying details in the answers (the server refuses them by field).
 */
export function ScreeningPage() {
  const { caseId, inquiryId } = useParams();
  const onInquiry = !!inquiryId;
  const back = onInquiry ? `/henvendelser/${inquiryId}#screeninger` : `/sager/${caseId}/risiko`;
  const qc = useQueryClient();
  const inquiry = useQuery({
    queryKey: ['inquiries', inquiryId], enabled: onInquiry,
    queryFn: () => api<{ anonymous: boolean; citizen: { minor: boolean | null } }>('GET', `/api/inquiries/${inquiryId}`),
  });
  const anonymous = onInquiry && inquiry.data?.anonymous === true;
  const adult = onInquiry && inquiry.data?.citizen.minor === false;
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
        <p><Link to={back}>{onInquiry ? 'Tilbage til henvendelsen' : 'Tilbage til sagen'}</Link></p>
      </div>
    );
  }
  const label = (path: string) => (path === 'body.rationale' ? 'Begrundelse' : SCREENING_QUESTIONS.find((q) => path === `body.answers.${q.code}`)?.label);
  return (
    <div>
      <h1>Indledende risikoscreening{onInquiry && ' af henvendelsen'}</h1>
      {anonymous && (
        <div className="alert alert-info" role="note"><div className="alert-body"><p className="alert-text">
          Henvendelsen er anonym. Skriv ikke navne, CPR-nummer, adresse, telefonnummer eller e-mail i svarene.
        </p></div></div>
      )}
      {outcome === 'AKUT' && <AcuteGuidance g={{ emergencyNumbers: ['112', '114'], dutyToNotify: adult ? null : DUTY_PREVIEW }} />}
      {errors.length > 0 && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body"><p className="alert-heading">Screeningen kunne ikke gemmes</p>
            <ul className="alert-text">{errors.map((e) => <li key={e.path}>{label(e.path) ? `${label(e.path)} – ` : ''}{e.message}</li>)}</ul></div>
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
            const body = { outcome: outcome!, rationale, answers: filled };
            const s = onInquiry ? await createInquiryScreening(inquiryId, body) : await createScreening(caseId!, body);
            await qc.invalidateQueries({ queryKey: onInquiry ? ['risk', 'inquiry', inquiryId] : ['risk', caseId] });
            if (!onInquiry) await qc.invalidateQueries({ queryKey: ['cases', caseId] });
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

export function AcuteGuidance({ g }: { g: NonNullable<Screening['acuteGuidance']> }) {
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

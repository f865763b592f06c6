import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { useForm } from '../../app/form/useForm';
import { SCREENING_OUTCOME_LABELS, SCREENING_OUTCOMES, SCREENING_QUESTIONS, type ScreeningOutcome } from './labels';
import { RadioGroup, TextArea } from './fields';
import { createInquiryScreening, createScreening, type Screening } from './riskApi';
import './risk.css';

const PREFIX = 'screening';
const LABELS: Record<string, string> = {
  ...Object.fromEntries(SCREENING_QUESTIONS.map((q) => [`answers.${q.code}`, q.label])),
  outcome: 'Resultat af screeningen',
  rationale: 'Begrundelse',
};
const DUTY_LAW = 'Barnets lov § 133';

/** Who the screening is about, as far as the duty to notify goes: a minor (or children at home), an adult, or not known. */
type Duty = { applies: true; why: string } | { applies: false } | { applies: null };

/**
 * Initial screening: the questions of DOMAIN.md § 6, an outcome and a short rationale. AKUT shows 112/114 right
 * below the choice, as it is made. On a case (/sager/:caseId/risiko/screening) or on an inquiry
 * (/henvendelser/:inquiryId/screening), where an anonymous inquiry must not get identifying details in the
 * answers (the server refuses them by field). A minor's result always carries the duty to notify, whatever the outcome.
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
  const theCase = useQuery({
    queryKey: ['cases', caseId], enabled: !onInquiry,
    queryFn: () => api<{ minor: boolean | null; dutyToNotify: { applies: boolean; reason: string | null } }>('GET', `/api/cases/${caseId}`),
  });
  const anonymous = onInquiry && inquiry.data?.anonymous === true;
  const duty: Duty = onInquiry
    ? inquiry.data?.citizen.minor === true ? { applies: true, why: 'Borgeren er under 18 år.' } : inquiry.data?.citizen.minor === false ? { applies: false } : { applies: null }
    : theCase.data?.dutyToNotify.applies
      ? { applies: true, why: theCase.data.dutyToNotify.reason === 'BOERN_I_HUSSTANDEN' ? 'Der er børn under 18 år i borgerens husstand.' : 'Borgeren er under 18 år.' }
      : theCase.data ? { applies: false } : { applies: null };
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<ScreeningOutcome | null>(null);
  const [rationale, setRationale] = useState('');
  const [saved, setSaved] = useState<Screening | null>(null);
  const form = useForm(Object.keys(LABELS));

  if (saved) {
    return (
      <div>
        <h1>Screening registreret</h1>
        {saved.acuteGuidance ? <AcuteGuidance g={saved.acuteGuidance} /> : (
          <div className="alert alert-success" role="status"><div className="alert-body"><p className="alert-text">Resultat: {SCREENING_OUTCOME_LABELS[saved.outcome]}.</p></div></div>
        )}
        {/* The duty to notify does not depend on the outcome: a minor's screening always says so. */}
        {!saved.acuteGuidance?.dutyToNotify && duty.applies !== false && <DutyToNotifyNotice duty={duty} />}
        <p><Link to={back}>{onInquiry ? 'Tilbage til henvendelsen' : 'Tilbage til sagen'}</Link></p>
      </div>
    );
  }

  const submit = form.submit(
    () => ({ outcome: outcome ? undefined : 'Vælg et resultat.', rationale: rationale.trim() ? undefined : 'Skriv en kort begrundelse.' }),
    async () => {
      const filled = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim()));
      const body = { outcome: outcome!, rationale, answers: filled };
      const s = onInquiry ? await createInquiryScreening(inquiryId, body) : await createScreening(caseId!, body);
      await qc.invalidateQueries({ queryKey: onInquiry ? ['risk', 'inquiry', inquiryId] : ['risk', caseId] });
      if (!onInquiry) await qc.invalidateQueries({ queryKey: ['cases', caseId] });
      setSaved(s);
      return null;
    },
  );

  return (
    <div>
      <h1>Indledende risikoscreening{onInquiry && ' af henvendelsen'}</h1>
      {anonymous && (
        <div className="alert alert-info" role="note"><div className="alert-body"><p className="alert-text">
          Henvendelsen er anonym. Skriv ikke navne, CPR-nummer, adresse, telefonnummer eller e-mail i svarene.
        </p></div></div>
      )}
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} separator=" – "
        heading={Object.keys(form.errors).length ? 'Screeningen kunne ikke gemmes' : undefined} />
      <form noValidate aria-label="Indledende risikoscreening" onSubmit={submit}>
        {SCREENING_QUESTIONS.map((q) => (
          <Field key={q.code} error={form.errors[`answers.${q.code}`]} id={`${PREFIX}-answers-${q.code}`}>
            <TextArea id={`${PREFIX}-answers-${q.code}`} label={q.label} rows={2} value={answers[q.code] ?? ''}
              onChange={(v) => setAnswers((a) => ({ ...a, [q.code]: v }))} />
          </Field>
        ))}
        <Field error={form.errors.outcome} id={`${PREFIX}-outcome`}>
          <RadioGroup name="outcome" id={`${PREFIX}-outcome`} legend={LABELS.outcome} value={outcome}
            options={SCREENING_OUTCOMES.map((o) => ({ code: o, label: SCREENING_OUTCOME_LABELS[o] }))} onChange={setOutcome} />
        </Field>
        {/* Right below the choice, where the user is looking, and announced as it appears. */}
        <div aria-live="assertive">
          {outcome === 'AKUT' && <AcuteGuidance g={{ emergencyNumbers: ['112', '114'], dutyToNotify: null }} live={false} />}
          {outcome && duty.applies !== false && <DutyToNotifyNotice duty={duty} />}
        </div>
        <Field error={form.errors.rationale} id={`${PREFIX}-rationale`}>
          <TextArea id={`${PREFIX}-rationale`} label="Begrundelse" value={rationale} onChange={setRationale} />
        </Field>
        <button type="submit" className="button button-primary" disabled={form.busy}>Gem screening</button>
      </form>
    </div>
  );
}

/** The field's own error, beside it (DKFDS form-error), as well as in the summary. */
function Field({ error, id, children }: { error?: string; id: string; children: React.ReactNode }) {
  if (!error) return <>{children}</>;
  return (
    <div className="form-error">
      <span className="form-error-message" id={`${id}-error`}><span className="sr-only">Fejl: </span>{error}</span>
      {children}
    </div>
  );
}

function DutyToNotifyNotice({ duty }: { duty: Duty }) {
  return (
    <div className="alert alert-warning duty-notice">
      <div className="alert-body">
        <p className="alert-heading">Skærpet underretningspligt – {DUTY_LAW}</p>
        <p className="alert-text">
          {duty.applies ? `${duty.why} ` : 'Er borgeren under 18 år, gælder den skærpede underretningspligt. '}
          Kommunen skal underrettes straks, uanset screeningens resultat, når et barn kan være udsat for vold eller andre overgreb.
        </p>
      </div>
    </div>
  );
}

export function AcuteGuidance({ g, live = true }: { g: NonNullable<Screening['acuteGuidance']>; live?: boolean }) {
  return (
    <div className="alert alert-error" role={live ? 'alert' : undefined}>
      <div className="alert-body">
        <p className="alert-heading">Akut fare – handl nu</p>
        <p className="alert-text">Ring <span className="emergency-numbers">112</span> ved akut fare, ellers politiet på <span className="emergency-numbers">114</span>.</p>
        {g.dutyToNotify && <p className="alert-text">{g.dutyToNotify}</p>}
      </div>
    </div>
  );
}

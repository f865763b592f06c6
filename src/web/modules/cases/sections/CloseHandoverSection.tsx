import {
  blankResponsible, contactOf, RESPONSIBLE_LABELS, ResponsibleChoice, responsibleErrors, type ResponsibleState,
} from '../involvement/ResponsibleChoice';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { Checkbox, FormErrorsContext, optionsOf, SelectField, TextArea } from '../../../app/form/fields';
import { useMunicipalityName, useMunicipalityOptions } from '../../intake/useMunicipalities';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { caseworkerOptions, getCase, handoverCase, reopenCase } from '../casesApi';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';
import { CASE_STATUS_LABELS } from '../../../app/labels';
import { ClosingEvaluationSummary } from '../../coordination/ClosingEvaluationSummary';

// The outcome of closing is the status the case ends in (CLOSURE_OUTCOMES), so it reads as the status does.
const OUTCOMES = ['AFSLUTTET', 'OVERDRAGET'] as const;
type Outcome = (typeof OUTCOMES)[number];

/** Handover moves ownership (DOMAIN.md § 4.6); closing needs a reason and invites an evaluation; a closed case can be reopened. */
export function CloseHandoverSection({ caseData, refresh }: CaseSectionProps) {
  const closed = caseData.status === 'AFSLUTTET' || caseData.status === 'OVERDRAGET';
  if (closed) return <Closed caseData={caseData} refresh={refresh} />;
  return (
    <div>
      <Handover caseData={caseData} refresh={refresh} />
      <Close caseData={caseData} refresh={refresh} />
    </div>
  );
}

function Handover({ caseData, refresh }: CaseSectionProps) {
  const { options: MUNICIPALITY_OPTIONS } = useMunicipalityOptions();
  const municipalityName = useMunicipalityName();
  const LABELS: Record<string, string> = { municipalityCode: 'Ny ansvarlig kommune', ...RESPONSIBLE_LABELS, responsibleCaseworkerId: 'Ny ansvarlig sagsbehandler', reason: 'Begrundelse' };
  const [d, setD] = useState({ municipalityCode: caseData.responsibleMunicipalityCode, reason: '', moveOpenTasks: true });
  // Issue 9: the new responsible caseworker may be an account or a contact without access to Skjold.
  const [r, setR] = useState<ResponsibleState>(() => ({ ...blankResponsible(), mode: 'EXTERNAL' }));
  const form = useForm(Object.keys(LABELS));
  const navigate = useNavigate();
  const options = useQuery({ queryKey: ['caseworkers', d.municipalityCode], queryFn: () => caseworkerOptions(d.municipalityCode), enabled: !!d.municipalityCode });
  const choices = (options.data?.items ?? []).filter((u) => u.id !== caseData.responsibleCaseworker?.id);
  const offered = caseData.involvement.municipality ? choices : [];
  // Start on an account when the municipality has one to offer, else on the contact without access.
  useEffect(() => setR((x) => (x.mode === 'EXTERNAL' && !x.name && offered.length ? { ...x, mode: 'USER' } : x)), [offered.length]);
  return (
    <>
    <Done message={form.done} />
    <details className="details action-details d-print-none">
      <summary className="details-summary"><span className="details-summary-text">Overdrag sagen til en anden sagsbehandler</span></summary>
      <div className="details-text">
      <p>Ansvarlig nu: {caseData.responsibleCaseworker?.displayName ?? 'ingen sagsbehandler'}, {municipalityName(caseData.responsibleMunicipalityCode)}.</p>
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="handover" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'handover' }}>
        <form noValidate aria-label="Overdrag sagen"
          onSubmit={form.submit(
            () => ({ ...responsibleErrors(r), reason: d.reason.trim() ? undefined : 'Skriv kort hvorfor sagen overdrages.' }),
            async () => {
              const who = r.mode === 'USER' ? { caseworkerId: r.caseworkerId } : { caseworker: contactOf(r) };
              const updated = await handoverCase(caseData.id, { municipalityCode: d.municipalityCode, ...who, reason: d.reason.trim(), moveOpenTasks: d.moveOpenTasks });
              const message = `Sag ${updated.caseNumber} er overdraget til ${updated.responsibleCaseworker.displayName}.`;
              // Handing over can take the case out of one's own scope: then the list is where to land.
              const stillVisible = await getCase(caseData.id).then(() => true, () => false);
              if (!stillVisible) navigate('/sager', { state: { flash: message } });
              else refresh();
              setD((p) => ({ ...p, reason: '' }));
              setR({ ...blankResponsible(), mode: 'EXTERNAL' });
              return message;
            },
          )}>
          <div className="form-row-2">
            <SelectField path="municipalityCode" label={LABELS.municipalityCode!} value={d.municipalityCode}
              onChange={(v) => { setD((p) => ({ ...p, municipalityCode: v })); setR((x) => ({ ...x, caseworkerId: '' })); }} options={MUNICIPALITY_OPTIONS} />
          </div>
          <ResponsibleChoice value={r} onChange={setR} caseworkers={offered} unknownAllowed={false} userLabel="Ny ansvarlig sagsbehandler" />
          <TextArea path="reason" label={LABELS.reason!} rows={2} value={d.reason} onChange={(v) => setD((p) => ({ ...p, reason: v }))} />
          <Checkbox path="moveOpenTasks" label="Flyt den nuværende sagsbehandlers åbne opgaver til den nye" checked={d.moveOpenTasks}
            onChange={(v) => setD((p) => ({ ...p, moveOpenTasks: v }))} hint="Den nye sagsbehandler bliver bedt om at bekræfte dem. Foranstaltninger og opgaver, der ikke flyttes, venter på, at den nye overtager eller fordeler dem." />
          <button type="submit" className="button button-secondary" disabled={form.busy}>Overdrag sagen</button>
        </form>
      </FormErrorsContext.Provider>
      </div>
    </details>
    </>
  );
}

/** Closing lives on its own page (coordination): blockers, what is open, the evaluation the statistics count. */
function Close({ caseData }: CaseSectionProps) {
  return <p className="d-print-none"><Link className="button button-primary" to={`/sager/${caseData.id}/afslut-sagen`}>Afslut sagen</Link></p>;
}

function Closed({ caseData, refresh }: CaseSectionProps) {
  const LABELS: Record<string, string> = { reason: 'Begrundelse for genåbning' };
  const [reason, setReason] = useState('');
  const form = useForm(Object.keys(LABELS));
  const c = caseData.closure;
  return (
    <div>
      {c && (
        <dl className="summary-list">
          <dt>Udfald</dt><dd>{CASE_STATUS_LABELS[c.outcome]} {formatDate(c.closedAt)}</dd>
          <dt>Begrundelse</dt><dd className="text-pre">{c.reason}</dd>
          {c.evaluation && <><dt>Evaluering</dt><dd className="text-pre">{c.evaluation}</dd></>}
          <ClosingEvaluationSummary caseId={caseData.id} />
        </dl>
      )}
      <div className="d-print-none">
        <h4>Genåbn sagen</h4>
        <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="reopen" />
        <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'reopen' }}>
          <form noValidate aria-label="Genåbn sagen"
            onSubmit={form.submit(
              () => (reason.trim() ? {} : { reason: 'Skriv hvorfor sagen genåbnes.' }),
              async () => {
                await reopenCase(caseData.id, reason.trim());
                setReason('');
                refresh();
                return 'Sagen er genåbnet.';
              },
            )}>
            <TextArea path="reason" label={LABELS.reason!} rows={2} value={reason} onChange={setReason} />
            <button type="submit" className="button button-secondary" disabled={form.busy}>Genåbn sagen</button>
          </form>
        </FormErrorsContext.Provider>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { FormErrorsContext, optionsOf, SelectField, TextArea } from '../../../app/form/fields';
import { useMunicipalityName, useMunicipalityOptions } from '../../intake/useMunicipalities';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { caseworkerOptions, closeCase, getCase, handoverCase, reopenCase } from '../casesApi';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';
import { CASE_STATUS_LABELS } from '../../../app/labels';

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
  const LABELS: Record<string, string> = { municipalityCode: 'Ny ansvarlig kommune', caseworkerId: 'Ny ansvarlig sagsbehandler', reason: 'Begrundelse' };
  const [d, setD] = useState({ municipalityCode: caseData.responsibleMunicipalityCode, caseworkerId: '', reason: '' });
  const form = useForm(Object.keys(LABELS));
  const navigate = useNavigate();
  const options = useQuery({ queryKey: ['caseworkers', d.municipalityCode], queryFn: () => caseworkerOptions(d.municipalityCode), enabled: !!d.municipalityCode });
  const choices = (options.data?.items ?? []).filter((u) => u.id !== caseData.responsibleCaseworker?.id);
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
            () => (d.caseworkerId ? {} : { caseworkerId: 'Vælg den sagsbehandler, der overtager sagen.' }),
            async () => {
              const updated = await handoverCase(caseData.id, { municipalityCode: d.municipalityCode, caseworkerId: d.caseworkerId, ...(d.reason.trim() ? { reason: d.reason.trim() } : {}) });
              const message = `Sag ${updated.caseNumber} er overdraget til ${updated.responsibleCaseworker.displayName}.`;
              // Handing over can take the case out of one's own scope: then the list is where to land.
              const stillVisible = await getCase(caseData.id).then(() => true, () => false);
              if (!stillVisible) navigate('/sager', { state: { flash: message } });
              else refresh();
              setD((p) => ({ ...p, caseworkerId: '', reason: '' }));
              return message;
            },
          )}>
          <div className="form-row-2">
            <SelectField path="municipalityCode" label={LABELS.municipalityCode!} value={d.municipalityCode}
              onChange={(v) => setD((p) => ({ ...p, municipalityCode: v, caseworkerId: '' }))} options={MUNICIPALITY_OPTIONS} />
            <SelectField path="caseworkerId" label={LABELS.caseworkerId!} value={d.caseworkerId} placeholder={choices.length ? 'Vælg' : 'Ingen at vælge'}
              onChange={(v) => setD((p) => ({ ...p, caseworkerId: v }))} options={choices.map((u) => ({ value: u.id, label: u.displayName }))} />
          </div>
          <TextArea path="reason" label={LABELS.reason!} required={false} rows={2} value={d.reason} onChange={(v) => setD((p) => ({ ...p, reason: v }))} />
          <button type="submit" className="button button-secondary" disabled={form.busy}>Overdrag sagen</button>
        </form>
      </FormErrorsContext.Provider>
      </div>
    </details>
    </>
  );
}

function Close({ caseData, refresh }: CaseSectionProps) {
  const LABELS: Record<string, string> = { outcome: 'Udfald', reason: 'Begrundelse for afslutning', evaluation: 'Evaluering' };
  const [d, setD] = useState({ outcome: 'AFSLUTTET' as Outcome, reason: '', evaluation: '' });
  const form = useForm(Object.keys(LABELS));
  return (
    <details className="details action-details d-print-none">
      <summary className="details-summary"><span className="details-summary-text">Afslut sagen</span></summary>
      <div className="details-text">
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="close" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'close' }}>
        <form noValidate aria-label="Afslut sagen"
          onSubmit={form.submit(
            () => (d.reason.trim() ? {} : { reason: 'Skriv hvorfor sagen afsluttes.' }),
            async () => {
              await closeCase(caseData.id, { outcome: d.outcome, reason: d.reason.trim(), ...(d.evaluation.trim() ? { evaluation: d.evaluation.trim() } : {}) });
              refresh();
              return 'Sagen er afsluttet.';
            },
          )}>
          <SelectField path="outcome" label={LABELS.outcome!} value={d.outcome} onChange={(v) => setD((p) => ({ ...p, outcome: v as Outcome }))} options={optionsOf(CASE_STATUS_LABELS, OUTCOMES)}
            hint="Overdraget: sagen fortsætter hos en anden myndighed." />
          <TextArea path="reason" label={LABELS.reason!} rows={2} value={d.reason} onChange={(v) => setD((p) => ({ ...p, reason: v }))} />
          <TextArea path="evaluation" label={LABELS.evaluation!} required={false} value={d.evaluation} onChange={(v) => setD((p) => ({ ...p, evaluation: v }))}
            hint="Hvad virkede, hvad virkede ikke, og hvordan har borgeren det nu?" />
          <button type="submit" className="button button-primary" disabled={form.busy}>Afslut sagen</button>
        </form>
      </FormErrorsContext.Provider>
      </div>
    </details>
  );
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
          <dt>Evaluering</dt><dd className="text-pre">{c.evaluation ?? '—'}</dd>
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

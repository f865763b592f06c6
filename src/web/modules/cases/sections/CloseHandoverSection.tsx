import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ErrorSummary } from '../../intake/form/ErrorSummary';
import { Checkbox, FormErrorsContext, optionsOf, SelectField, TextArea } from '../../intake/form/fields';
import { useMunicipalityName, useMunicipalityOptions } from '../../intake/useMunicipalities';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { caseworkerOptions, getCase, handoverCase, reopenCase } from '../casesApi';
import { Done } from '../../../app/Done';
import { useCaseForm } from '../useCaseForm';

const OUTCOMES = { AFSLUTTET: 'Afsluttet', OVERDRAGET: 'Overdraget til anden myndighed' } as const;

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
  const [d, setD] = useState({ municipalityCode: caseData.responsibleMunicipalityCode, caseworkerId: '', reason: '', moveOpenTasks: true });
  const form = useCaseForm(Object.keys(LABELS));
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
            () => ({ caseworkerId: d.caseworkerId ? undefined : 'Vælg den sagsbehandler, der overtager sagen.', reason: d.reason.trim() ? undefined : 'Skriv kort hvorfor sagen overdrages.' }),
            async () => {
              const updated = await handoverCase(caseData.id, { municipalityCode: d.municipalityCode, caseworkerId: d.caseworkerId, reason: d.reason.trim(), moveOpenTasks: d.moveOpenTasks });
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
          <TextArea path="reason" label={LABELS.reason!} rows={2} value={d.reason} onChange={(v) => setD((p) => ({ ...p, reason: v }))} />
          <Checkbox path="moveOpenTasks" label="Flyt den nuværende sagsbehandlers åbne opgaver til den nye" checked={d.moveOpenTasks}
            onChange={(v) => setD((p) => ({ ...p, moveOpenTasks: v }))} hint="Den nye sagsbehandler ser dem i sin arbejdsliste." />
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
  return <p className="d-print-none"><Link className="button button-primary" to={`/sager/${caseData.id}/afslutning`}>Afslut sagen</Link></p>;
}

function Closed({ caseData, refresh }: CaseSectionProps) {
  const LABELS: Record<string, string> = { reason: 'Begrundelse for genåbning' };
  const [reason, setReason] = useState('');
  const form = useCaseForm(Object.keys(LABELS));
  const c = caseData.closure;
  return (
    <div>
      {c && (
        <dl className="summary-list">
          <dt>Udfald</dt><dd>{OUTCOMES[c.outcome]} {formatDate(c.closedAt)}</dd>
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

import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { RISK_LEVEL_LABELS, type RiskLevel } from '../../../app/labels';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../../app/form/fields';
import { isoWithOffset, localDateTimeValue } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { recordRiskCommunication } from '../casesApi';
import { InformedList } from '../../risk/InformedList';
import { RECIPIENT_TYPE_LABELS } from '../../risk/labels';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';

const PREFIX = 'riskinfo';
const LABELS: Record<string, string> = { recipient: 'Hvem blev informeret', authority: 'Myndighed', riskLevel: 'Risikoniveau der blev formidlet', informedAt: 'Tidspunkt', note: 'Bemærkning' };
// Who can be told through the journal: the citizen or an authority (labels: the risk module's recipient types).
const RECIPIENTS = ['BORGER', 'MYNDIGHED'] as const;

/** DOMAIN.md § 4.7: record when the citizen and the involved authorities were told the current risk assessment. */
export function RiskCommunicationSection({ caseData }: CaseSectionProps) {
  const qc = useQueryClient();
  const key = ['cases', caseData.id, 'journal'];
  const blank = () => ({ recipient: 'BORGER' as 'BORGER' | 'MYNDIGHED', authority: '', riskLevel: (caseData.currentRiskLevel ?? '') as RiskLevel | '', informedAt: localDateTimeValue(), note: '' });
  const [d, setD] = useState(blank);
  const set = (k: keyof ReturnType<typeof blank>) => (v: string) => setD((p) => ({ ...p, [k]: v }));
  const form = useForm(Object.keys(LABELS));

  return (
    <div>
      {/* risk: one merged list of both sources (modules/risk/InformedList.tsx) */}
      <InformedList caseId={caseData.id} />
      <details className="details d-print-none">
        <summary className="details-summary"><span className="details-summary-text">Registrér at nogen er informeret om risikoen</span></summary>
        <div className="details-text">
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
            <form noValidate aria-label="Registrér risikoformidling"
              onSubmit={form.submit(
                () => ({
                  ...(d.recipient === 'MYNDIGHED' && d.authority.trim().length < 2 ? { authority: 'Skriv hvilken myndighed.' } : {}),
                  ...(isoWithOffset(d.informedAt) ? {} : { informedAt: 'Angiv tidspunktet.' }),
                }),
                async () => {
                  await recordRiskCommunication(caseData.id, {
                    recipient: d.recipient,
                    informedAt: isoWithOffset(d.informedAt)!,
                    ...(d.recipient === 'MYNDIGHED' ? { authority: d.authority.trim() } : {}),
                    ...(d.riskLevel ? { riskLevel: d.riskLevel } : {}),
                    ...(d.note.trim() ? { note: d.note.trim() } : {}),
                  });
                  setD(blank());
                  await qc.invalidateQueries({ queryKey: key });
                  return 'Det er registreret.';
                },
              )}>
              <div className="form-row-2">
                <SelectField path="recipient" label={LABELS.recipient!} value={d.recipient} onChange={set('recipient')} options={optionsOf(RECIPIENT_TYPE_LABELS, RECIPIENTS)} />
                {d.recipient === 'MYNDIGHED' && <TextField path="authority" label={LABELS.authority!} value={d.authority} onChange={set('authority')} hint="Fx Politi, Midt- og Vestsjælland" />}
              </div>
              <div className="form-row-2">
                <SelectField path="riskLevel" label={LABELS.riskLevel!} required={false} value={d.riskLevel} placeholder="Ikke angivet" onChange={set('riskLevel')} options={optionsOf(RISK_LEVEL_LABELS)} />
                <TextField path="informedAt" label={LABELS.informedAt!} type="datetime-local" value={d.informedAt} onChange={set('informedAt')} />
              </div>
              <TextArea path="note" label={LABELS.note!} required={false} rows={2} value={d.note} onChange={set('note')} />
              <button type="submit" className="button button-secondary" disabled={form.busy}>Registrér</button>
            </form>
          </FormErrorsContext.Provider>
        </div>
      </details>
    </div>
  );
}

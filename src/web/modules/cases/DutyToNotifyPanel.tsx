import { useState } from 'react';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea, TextField } from '../../app/form/fields';
import { useMunicipalityName, useMunicipalityOptions } from '../intake/useMunicipalities';
import { formatDate, localDateValue } from '../intake/time';
import { fulfilDutyToNotify, type CaseDetail } from './casesApi';
import { useForm } from '../../app/form/useForm';

const LABELS: Record<string, string> = { fulfilledAt: 'Dato for underretningen', notifiedMunicipalityCode: 'Underrettet kommune', note: 'Bemærkning' };

/**
 * The sharpened duty to notify (Barnets lov § 133, DOMAIN.md § 4.3): shown prominently at the top of the case
 * until its fulfilment is recorded, then as a quiet line saying when and to whom.
 */
export function DutyToNotifyPanel({ caseData, refresh }: { caseData: CaseDetail; refresh: () => void }) {
  const { options: MUNICIPALITY_OPTIONS } = useMunicipalityOptions();
  const municipalityName = useMunicipalityName();
  const duty = caseData.dutyToNotify;
  const [d, setD] = useState({ fulfilledAt: localDateValue(), notifiedMunicipalityCode: caseData.responsibleMunicipalityCode, note: '' });
  const form = useForm(Object.keys(LABELS));
  if (!duty.applies) return null;
  const why = duty.reason === 'BOERN_I_HUSSTANDEN' ? 'Der er børn under 18 år i borgerens husstand.' : 'Borgeren er under 18 år.';
  if (duty.fulfilledAt) {
    return (
      <div className="alert alert-success duty-to-notify" role="region" aria-label="Underretningspligt">
        <div className="alert-body">
          <p className="alert-text">
            Skærpet underretningspligt ({duty.legalReference}): opfyldt {formatDate(duty.fulfilledAt)}, {municipalityName(duty.notifiedMunicipalityCode)} Kommune er underrettet
            {duty.fulfilledBy && <> (registreret af {duty.fulfilledBy.displayName})</>}.
          </p>
        </div>
      </div>
    );
  }
  return (
    <section className="alert alert-warning duty-to-notify" aria-labelledby="duty-heading">
      <div className="alert-body">
        <h2 className="alert-heading h3" id="duty-heading">Skærpet underretningspligt – {duty.legalReference}</h2>
        <p className="alert-text">
          {why} Du har pligt til straks at underrette kommunen, når et barn kan være udsat for vold eller andre overgreb. Registrér her, når
          underretningen er sendt.
        </p>
        <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="duty" />
        <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'duty' }}>
          <form noValidate aria-label="Registrér underretning" className="d-print-none"
            onSubmit={form.submit(
              () => ({
                ...(d.fulfilledAt ? {} : { fulfilledAt: 'Angiv datoen for underretningen.' }),
                ...(d.notifiedMunicipalityCode ? {} : { notifiedMunicipalityCode: 'Vælg den kommune, der er underrettet.' }),
              }),
              async () => {
                await fulfilDutyToNotify(caseData.id, { fulfilledAt: d.fulfilledAt, notifiedMunicipalityCode: d.notifiedMunicipalityCode, ...(d.note.trim() ? { note: d.note.trim() } : {}) });
                refresh();
                return 'Underretningen er registreret.';
              },
            )}>
            <div className="form-row-2">
              <TextField path="fulfilledAt" label={LABELS.fulfilledAt!} type="date" value={d.fulfilledAt} onChange={(v) => setD((p) => ({ ...p, fulfilledAt: v }))} />
              <SelectField path="notifiedMunicipalityCode" label={LABELS.notifiedMunicipalityCode!} value={d.notifiedMunicipalityCode} placeholder="Vælg"
                onChange={(v) => setD((p) => ({ ...p, notifiedMunicipalityCode: v }))} options={MUNICIPALITY_OPTIONS} />
            </div>
            <TextArea path="note" label={LABELS.note!} required={false} rows={2} value={d.note} onChange={(v) => setD((p) => ({ ...p, note: v }))} />
            <button type="submit" className="button button-primary" disabled={form.busy}>Registrér underretning</button>
          </form>
        </FormErrorsContext.Provider>
      </div>
    </section>
  );
}

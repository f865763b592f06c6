import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth';
import { Done } from '../../../app/Done';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { errorsFromApi, type FieldErrors } from '../../../app/form/errors';
import { Checkbox, CheckboxGroup, FormErrorsContext, TextArea, TextField } from '../../../app/form/fields';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { getChildVoice, putChildVoice, type ChildAgrees, type ChildVoice } from './involvementApi';
import { RadioGroup } from './RadioGroup';

const PREFIX = 'childvoice';
const AGREES: Record<ChildAgrees, string> = {
  JA: 'Ja, barnet ønsker familien inddraget',
  NEJ: 'Nej, barnet ønsker ikke familien inddraget',
  IKKE_AFKLARET: 'Ikke afklaret endnu',
};
const LABELS: Record<string, string> = {
  talkedAloneAt: 'Barnet er talt med alene den',
  talkedAloneBy: 'Af hvem',
  childAgreesFamily: 'Ønsker barnet, at familien inddrages?',
  excludedBisidderPersonIds: 'Udelukket som bisidder',
  familyContactPlanned: 'Der er planlagt kontakt til familien',
  note: 'Bemærkning',
};

/**
 * The child's voice and the family's place (DOMAIN.md § 4.4): the child is talked to alone (when, by whom), the
 * family is involved only with the child's consent, and family members can be excluded as bisidder. A planned
 * family contact without the child's agreement shows a warning. Each decision is written to the journal.
 */
export function ChildVoiceSection({ caseData: c }: CaseSectionProps) {
  const q = useQuery({ queryKey: ['cases', c.id, 'child-voice'], queryFn: () => getChildVoice(c.id) });
  const { user } = useAuth();
  const mayEdit = (user?.role === 'consultant' || user?.role === 'caseworker') && c.status !== 'AFSLUTTET' && c.status !== 'OVERDRAGET';
  if (q.isLoading) return <p>Indlæser…</p>;
  if (!q.data) return <p role="alert">Oplysningerne kunne ikke hentes.</p>;
  const v = q.data;
  return (
    <div>
      {v.warnings.map((w) => (
        <div key={w.code} className="alert alert-warning" role="alert">
          <div className="alert-body"><p className="alert-text"><strong>Advarsel:</strong> {w.message}</p></div>
        </div>
      ))}
      <dl className="summary-list">
        <dt>Talt med alene</dt>
        <dd>{v.talkedAloneAt ? `${formatDate(v.talkedAloneAt)} af ${v.talkedAloneBy}` : 'Ikke registreret'}</dd>
        <dt>Barnets ønske om familiens inddragelse</dt>
        <dd>{v.childAgreesFamily ? AGREES[v.childAgreesFamily] : 'Ikke registreret'}</dd>
        <dt>Udelukket som bisidder</dt>
        <dd>{v.excludedBisidder.length ? v.excludedBisidder.map((p) => p.name).join(', ') : 'Ingen'}</dd>
        <dt>Kontakt til familien planlagt</dt>
        <dd>{v.familyContactPlanned ? 'Ja' : 'Nej'}</dd>
      </dl>
      {mayEdit && <ChildVoiceForm value={v} caseData={c} />}
    </div>
  );
}

function ChildVoiceForm({ value, caseData: c }: { value: ChildVoice; caseData: CaseSectionProps['caseData'] }) {
  const qc = useQueryClient();
  const from = (v: ChildVoice) => ({
    talkedAloneAt: v.talkedAloneAt ?? '', talkedAloneBy: v.talkedAloneBy ?? '', childAgreesFamily: (v.childAgreesFamily ?? '') as ChildAgrees | '',
    familyContactPlanned: v.familyContactPlanned, excluded: v.excludedBisidder.map((p) => p.personId), note: v.note ?? '',
  });
  const [d, setD] = useState(() => from(value));
  useEffect(() => setD(from(value)), [value]);
  const set = <K extends keyof ReturnType<typeof from>>(k: K) => (x: ReturnType<typeof from>[K]) => setD((p) => ({ ...p, [k]: x }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const family = c.persons.map((p) => ({ value: p.id, label: `${p.name}${p.relation ? ` (${p.relation})` : ''}` }));
  const warnNow = d.familyContactPlanned && d.childAgreesFamily !== 'JA';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    const local: FieldErrors = {};
    if (d.talkedAloneAt && !d.talkedAloneBy.trim()) local.talkedAloneBy = 'Skriv hvem der talte med barnet alene.';
    if (!d.talkedAloneAt && d.talkedAloneBy.trim()) local.talkedAloneAt = 'Angiv hvornår barnet blev talt med alene.';
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    try {
      const saved = await putChildVoice(c.id, {
        version: value.version, talkedAloneAt: d.talkedAloneAt || null, talkedAloneBy: d.talkedAloneBy.trim() || null,
        childAgreesFamily: d.childAgreesFamily || null, familyContactPlanned: d.familyContactPlanned, excludedBisidderPersonIds: d.excluded,
        note: d.note.trim() || null,
      });
      qc.setQueryData(['cases', c.id, 'child-voice'], saved);
      await qc.invalidateQueries({ queryKey: ['cases', c.id] });
      setDone(true);
    } catch (err) {
      const mapped = errorsFromApi(err, Object.keys(LABELS));
      setErrors(mapped.fields);
      setGeneral(mapped.general);
    }
  }

  return (
    <details className="d-print-none" open={value.version === 0}>
      <summary>Registrér barnets stemme og familiens rolle</summary>
      <Done message={done ? 'Oplysningerne er gemt og skrevet i journalen.' : null} />
      <ErrorSummary errors={errors} general={general} labels={LABELS} version={attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Barnets stemme og familiens rolle">
          <div className="form-row-2">
            <TextField path="talkedAloneAt" label={LABELS.talkedAloneAt!} type="date" required={false} value={d.talkedAloneAt} onChange={set('talkedAloneAt')} />
            <TextField path="talkedAloneBy" label={LABELS.talkedAloneBy!} required={false} value={d.talkedAloneBy} onChange={set('talkedAloneBy')} hint="Fx sikkerhedskonsulent eller sagsbehandler" />
          </div>
          <RadioGroup path="childAgreesFamily" label={LABELS.childAgreesFamily!} value={d.childAgreesFamily} onChange={set('childAgreesFamily')}
            options={(Object.keys(AGREES) as ChildAgrees[]).map((k) => ({ value: k, label: AGREES[k] }))} />
          {family.length > 0 ? (
            <CheckboxGroup path="excludedBisidderPersonIds" label={LABELS.excludedBisidderPersonIds!} values={d.excluded} onChange={set('excluded')} options={family}
              hint="Personer, der ikke må være bisidder for barnet ved møder." />
          ) : <p className="form-hint">Der er ingen personer på sagen at udelukke som bisidder. Tilføj dem under parterne.</p>}
          <Checkbox path="familyContactPlanned" label={LABELS.familyContactPlanned!} checked={d.familyContactPlanned} onChange={set('familyContactPlanned')} />
          <div aria-live="polite">
            {warnNow && <p className="form-error-message">Advarsel: barnet har ikke givet samtykke til, at familien inddrages.</p>}
          </div>
          <TextArea path="note" label={LABELS.note!} required={false} value={d.note} onChange={set('note')} rows={2} />
          <button type="submit" className="button button-secondary">Gem</button>
        </form>
      </FormErrorsContext.Provider>
    </details>
  );
}

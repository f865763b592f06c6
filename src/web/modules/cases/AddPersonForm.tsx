import { useState } from 'react';
import { PERSON_ROLE_LABELS } from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { Checkbox, FormErrorsContext, SelectField, TextField } from '../../app/form/fields';
import { addPerson, type AddPersonInput } from './casesApi';
import { Done } from '../../app/Done';
import { useForm } from '../../app/form/useForm';

const LABELS: Record<string, string> = { role: 'Rolle i sagen', name: 'Navn', relation: 'Relation til borgeren', phone: 'Telefon', abroad: 'Opholder sig i udlandet', country: 'Land' };
const ROLES = (Object.keys(PERSON_ROLE_LABELS) as (keyof typeof PERSON_ROLE_LABELS)[]).filter((r) => r !== 'BORGER') as AddPersonInput['role'][];

/** Other persons in the case: possible perpetrators (often several), other likely victims, trusted persons, parents. */
export function AddPersonForm({ caseId, refresh }: { caseId: string; refresh: () => void }) {
  const blank = () => ({ role: '' as AddPersonInput['role'] | '', name: '', relation: '', phone: '', abroad: false, country: '' });
  const [d, setD] = useState(blank);
  const set = <K extends keyof ReturnType<typeof blank>>(k: K) => (v: ReturnType<typeof blank>[K]) => setD((p) => ({ ...p, [k]: v }));
  const form = useForm(Object.keys(LABELS));
  return (
    <>
      <Done message={form.done} />
      <details className="details action-details d-print-none">
        <summary className="details-summary"><span className="details-summary-text">Tilføj en person til sagen</span></summary>
        <div className="details-text">
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="person" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'person' }}>
            <form noValidate aria-label="Tilføj person"
              onSubmit={form.submit(
                () => ({ role: d.role ? undefined : 'Vælg personens rolle.', name: d.name.trim() ? undefined : 'Skriv personens navn.' }),
                async () => {
                  await addPerson(caseId, {
                    role: d.role as AddPersonInput['role'],
                    name: d.name.trim(),
                    abroad: d.abroad,
                    ...(d.relation.trim() ? { relation: d.relation.trim() } : {}),
                    ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
                    ...(d.abroad && d.country.trim() ? { country: d.country.trim() } : {}),
                  });
                  setD(blank());
                  refresh();
                  return 'Personen er tilføjet.';
                },
              )}>
              <div className="form-row-2">
                <SelectField path="role" label={LABELS.role!} value={d.role} placeholder="Vælg" onChange={(v) => set('role')(v as AddPersonInput['role'])}
                  options={ROLES.map((r) => ({ value: r, label: PERSON_ROLE_LABELS[r] }))} />
                <TextField path="name" label={LABELS.name!} value={d.name} onChange={set('name')} />
              </div>
              <div className="form-row-2">
                <TextField path="relation" label={LABELS.relation!} required={false} value={d.relation} onChange={set('relation')} hint="Fx far, onkel, veninde" />
                <TextField path="phone" label={LABELS.phone!} required={false} type="tel" value={d.phone} onChange={set('phone')} />
              </div>
              <Checkbox path="abroad" label={LABELS.abroad!} checked={d.abroad} onChange={set('abroad')} />
              {d.abroad && <TextField path="country" label={LABELS.country!} required={false} value={d.country} onChange={set('country')} />}
              <button type="submit" className="button button-secondary" disabled={form.busy}>Tilføj person</button>
            </form>
          </FormErrorsContext.Provider>
        </div>
      </details>
    </>
  );
}

import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getCase, type Person as CasePerson } from '../../cases/casesApi';
import { label, PERSON_ROLE_LABELS } from '../../../app/labels';
import { newId } from '../fields';

type Person = { id: string; personId: string | null; description: string };

/** "Karim Testesen (far)": how a registered person of the case is offered; the assessment stores only the id. */
const optionText = (p: CasePerson) => `${p.name} (${p.relation ?? label(PERSON_ROLE_LABELS, p.role)})`;

/**
 * Several persons (perpetrators, likely victims). Each is a person registered on the case, or free text for
 * someone not registered yet; either way described by role or relation, since the description is what is shared.
 */
export function PersonList(props: { idPrefix: string; legend: string; addLabel: string; items: Person[]; onChange: (items: Person[]) => void; changed?: boolean }) {
  const { caseId = '' } = useParams();
  const casePersons = useQuery({ queryKey: ['cases', caseId], queryFn: () => getCase(caseId), enabled: !!caseId }).data?.persons ?? [];
  const patch = (i: number, p: Partial<Person>) => props.onChange(props.items.map((x, j) => (j === i ? { ...x, ...p } : x)));
  const pick = (i: number, personId: string) => {
    const chosen = casePersons.find((p) => p.id === personId);
    const current = props.items[i]!;
    patch(i, { personId: chosen?.id ?? null, description: current.description || (chosen ? chosen.relation ?? label(PERSON_ROLE_LABELS, chosen.role) : '') });
  };
  return (
    <fieldset className="form-group">
      <legend className="form-label">{props.legend}</legend>
      <span className="form-hint">Vælg en person, der er registreret på sagen, eller beskriv en, der ikke er registreret endnu. Angiv rolle eller relation (fx far, farbror, storebror) – ikke navn.</span>
      {props.items.map((p, i) => (
        <div className="risk-list-item" key={p.id}>
          <div className="form-group person-pick">
            <label className="form-label" htmlFor={`${props.idPrefix}-${i}-person`}>{`Vælg person ${i + 1} blandt sagens personer`}</label>
            <select id={`${props.idPrefix}-${i}-person`} className="form-select" value={p.personId ?? ''} onChange={(e) => pick(i, e.target.value)}>
              <option value="">Ikke registreret på sagen</option>
              {casePersons.map((cp) => <option key={cp.id} value={cp.id}>{optionText(cp)}</option>)}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor={`${props.idPrefix}-${i}`}>{`${props.legend} ${i + 1}`}</label>
            <input id={`${props.idPrefix}-${i}`} className="form-input" value={p.description} onChange={(e) => patch(i, { description: e.target.value })} />
          </div>
          <button type="button" className="button button-tertiary" onClick={() => props.onChange(props.items.filter((_, j) => j !== i))}>
            Fjern<span className="sr-only">{` ${props.legend.toLowerCase()} ${i + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary mt-3"
        onClick={() => props.onChange([...props.items, { id: newId(), personId: null, description: '' }])}>{props.addLabel}</button>
    </fieldset>
  );
}

import { newId } from '../fields';

type Person = { id: string; personId: string | null; description: string };

/** Several persons (perpetrators, likely victims), each by role or relation rather than by name. */
export function PersonList(props: { idPrefix: string; legend: string; addLabel: string; items: Person[]; onChange: (items: Person[]) => void; changed?: boolean }) {
  const set = (i: number, description: string) => props.onChange(props.items.map((p, j) => (j === i ? { ...p, description } : p)));
  return (
    <fieldset className="form-group">
      <legend className="form-label">{props.legend}</legend>
      <span className="form-hint">Angiv rolle eller relation (fx far, farbror, storebror) – ikke navn.</span>
      {props.items.map((p, i) => (
        <div className="risk-list-item" key={p.id}>
          <div className="form-group">
            <label className="form-label" htmlFor={`${props.idPrefix}-${i}`}>{`${props.legend} ${i + 1}`}</label>
            <input id={`${props.idPrefix}-${i}`} className="form-input" value={p.description} onChange={(e) => set(i, e.target.value)} />
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

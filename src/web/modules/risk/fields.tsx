import type { ReactNode } from 'react';

/** Small DKFDS form pieces for the risk pages; every control has a visible label (WCAG 1.3.1, 3.3.2). */
export function TextArea(props: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; rows?: number; changed?: boolean }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.id}>{props.label}{props.changed && <ChangedMark />}</label>
      {props.hint && <span className="form-hint" id={`${props.id}-hint`}>{props.hint}</span>}
      <textarea id={props.id} className="form-input" rows={props.rows ?? 3} value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

export function TextInput(props: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; type?: string }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={props.id}>{props.label}</label>
      {props.hint && <span className="form-hint" id={`${props.id}-hint`}>{props.hint}</span>}
      <input id={props.id} className="form-input" type={props.type ?? 'text'} value={props.value}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

export function RadioGroup<T extends string>(props: {
  name: string; legend: ReactNode; value: T | null; options: { code: T; label: string }[]; onChange: (v: T) => void; inline?: boolean;
  /** The first radio's id, so an error summary can link to the group. */
  id?: string;
}) {
  return (
    <fieldset className="form-group">
      <legend className="form-label">{props.legend}</legend>
      <ul className={`nobullet-list${props.inline ? ' radio-inline' : ''}`}>
        {props.options.map((o, i) => (
          <li key={o.code}>
            <input className="form-radio radio-large" type="radio" id={i === 0 && props.id ? props.id : `${props.name}-${o.code}`} name={props.name}
              checked={props.value === o.code} onChange={() => props.onChange(o.code)} />
            <label htmlFor={i === 0 && props.id ? props.id : `${props.name}-${o.code}`}>{o.label}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function ChangedMark() {
  return <span className="badge badge-small changed-mark">Ændret siden sidste vurdering</span>;
}

export const newId = () => crypto.randomUUID();

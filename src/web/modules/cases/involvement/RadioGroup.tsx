import { useContext } from 'react';
import { FormErrorsContext } from '../../../app/form/fields';
import { fieldId } from '../../../app/form/errors';

/** A DKFDS radio fieldset; the first radio carries the field id, so error links land on it. */
export function RadioGroup<T extends string>(props: {
  path: string; label: string; hint?: string; value: T | ''; onChange: (v: T) => void; options: { value: T; label: string; disabled?: boolean }[];
}) {
  const ctx = useContext(FormErrorsContext);
  const error = ctx.errors[props.path];
  const fid = fieldId(props.path, ctx.prefix);
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={[props.hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined}>
        <legend className="form-label">{props.label}</legend>
        {props.hint && <span className="form-hint" id={`${fid}-hint`}>{props.hint}</span>}
        {error && <span className="form-error-message" id={`${fid}-error`}><span className="sr-only">Fejl: </span>{error}</span>}
        <ul className="nobullet-list">
          {props.options.map((o, i) => {
            const id = i === 0 ? fid : `${fid}-${o.value}`;
            return (
              <li key={o.value} className="form-group-radio">
                <input className="form-radio" type="radio" id={id} name={`${ctx.prefix}-${props.path}`} value={o.value}
                  checked={props.value === o.value} disabled={o.disabled} onChange={() => props.onChange(o.value)} />
                <label className="form-label" htmlFor={id}>{o.label}</label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

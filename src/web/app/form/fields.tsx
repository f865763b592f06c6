import { createContext, useContext, type ReactNode } from 'react';
import { fieldId, type FieldErrors } from './errors';

/** Form fields in DKFDS markup; each reads its error from the form's context by its body path. */
export interface FormState {
  errors: FieldErrors;
  /** Distinguishes the ids of several forms on one page. */
  prefix: string;
}
export const FormErrorsContext = createContext<FormState>({ errors: {}, prefix: 'f' });
const useFieldError = (path: string) => useContext(FormErrorsContext).errors[path];
const useId = (path: string) => fieldId(path, useContext(FormErrorsContext).prefix);

function InlineError({ path, message }: { path: string; message?: string }) {
  const id = useId(path);
  if (!message) return null;
  return (
    <span className="form-error-message" id={`${id}-error`}>
      <span className="sr-only">Fejl: </span>
      {message}
    </span>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

interface BaseProps {
  path: string;
  label: string;
  hint?: string;
  required?: boolean;
}

function Group({ path, label, hint, required, children }: BaseProps & { children: ReactNode }) {
  const error = useFieldError(path);
  const fid = useId(path);
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={fid}>
        {label}
        {required === false && <span className="weight-normal"> (frivilligt)</span>}
      </label>
      {hint && (
        <span className="form-hint" id={`${fid}-hint`}>
          {hint}
        </span>
      )}
      <InlineError path={path} message={error} />
      {children}
    </div>
  );
}

export function TextField(
  props: BaseProps & { value: string; onChange: (v: string) => void; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'tel' | 'text'; className?: string },
) {
  const error = useFieldError(props.path);
  const fid = useId(props.path);
  return (
    <Group {...props}>
      <input
        className={`form-input ${props.className ?? ''} ${error ? 'input-error' : ''}`}
        id={fid}
        name={props.path}
        type={props.type ?? 'text'}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, props.hint, error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Group>
  );
}

export function TextArea(props: BaseProps & { value: string; onChange: (v: string) => void; rows?: number }) {
  const error = useFieldError(props.path);
  const fid = useId(props.path);
  return (
    <Group {...props}>
      <textarea
        className={`form-input ${error ? 'input-error' : ''}`}
        id={fid}
        name={props.path}
        rows={props.rows ?? 4}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, props.hint, error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Group>
  );
}

export function SelectField(
  props: BaseProps & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[]; placeholder?: string; autoFocus?: boolean },
) {
  const error = useFieldError(props.path);
  const fid = useId(props.path);
  return (
    <Group {...props}>
      <select
        className={`form-select ${error ? 'input-error' : ''}`}
        id={fid}
        autoFocus={props.autoFocus}
        name={props.path}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fid, props.hint, error)}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Group>
  );
}

/** A fieldset of checkboxes for a multi-valued code list. The first box carries the field id, for error links. */
export function CheckboxGroup<T extends string>(
  props: BaseProps & { values: T[]; onChange: (v: T[]) => void; options: { value: T; label: string }[]; columns?: boolean },
) {
  const error = useFieldError(props.path);
  const fid = useId(props.path);
  const toggle = (v: T, on: boolean) => props.onChange(on ? [...props.values, v] : props.values.filter((x) => x !== v));
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy(fid, props.hint, error)}>
        <legend className="form-label">{props.label}</legend>
        {props.hint && (
          <span className="form-hint" id={`${fid}-hint`}>
            {props.hint}
          </span>
        )}
        <InlineError path={props.path} message={error} />
        <ul className={`nobullet-list ${props.columns ? 'checkbox-columns' : ''}`}>
          {props.options.map((o, i) => {
            const id = i === 0 ? fid : `${fid}-${o.value}`;
            return (
              <li key={o.value} className="form-group-checkbox">
                <input
                  id={id}
                  type="checkbox"
                  className="form-checkbox"
                  name={props.path}
                  value={o.value}
                  checked={props.values.includes(o.value)}
                  onChange={(e) => toggle(o.value, e.target.checked)}
                />
                <label className="form-label" htmlFor={id}>
                  {o.label}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}

export function Checkbox({ path, label, hint, checked, onChange }: BaseProps & { checked: boolean; onChange: (v: boolean) => void }) {
  const error = useFieldError(path);
  const fid = useId(path);
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <InlineError path={path} message={error} />
      <div className="form-group-checkbox">
        <input
          id={fid}
          type="checkbox"
          className="form-checkbox"
          name={path}
          checked={checked}
          aria-describedby={describedBy(fid, hint, error)}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label className="form-label" htmlFor={fid}>
          {label}
        </label>
        {hint && (
          <span className="form-hint" id={`${fid}-hint`}>
            {hint}
          </span>
        )}
      </div>
    </div>
  );
}

export const optionsOf = <T extends string>(labels: Record<T, string>, order?: readonly T[]) =>
  (order ?? (Object.keys(labels) as T[])).map((value) => ({ value, label: labels[value] }));

import { useContext, useEffect, useState } from 'react';
import { FormErrorsContext } from '../../app/form/fields';
import { fieldId } from '../../app/form/errors';
import { COUNTRIES_BY_NAME, COUNTRY_NAMES_DA, countryName } from './labels';

const byName = new Map(COUNTRIES_BY_NAME.map((c) => [COUNTRY_NAMES_DA[c].toLocaleLowerCase('da'), c]));
/** The ISO code of what the user typed: a Danish name from the list (any case) or a code itself. */
export const codeOfCountry = (text: string): string | null => {
  const t = text.trim();
  if (!t) return null;
  return byName.get(t.toLocaleLowerCase('da')) ?? ((COUNTRY_NAMES_DA as Record<string, string>)[t.toUpperCase()] ? t.toUpperCase() : null);
};

/**
 * A country as ISO 3166-1 alpha-2, chosen by its Danish name from a searchable list (a text input with a
 * datalist: typing "pak" offers Pakistan). `onChange` gets the code, or '' plus the text while it matches none.
 */
export function CountryField({ path, label, value, onChange, hint, required = false }: {
  path: string; label: string; value: string | null; onChange: (code: string | null, text: string) => void; hint?: string; required?: boolean;
}) {
  const { errors, prefix } = useContext(FormErrorsContext);
  const error = errors[path];
  const id = fieldId(path, prefix);
  const [text, setText] = useState(countryName(value));
  useEffect(() => {
    if (value && codeOfCountry(text) !== value) setText(countryName(value));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>{label}{!required && <span className="weight-normal"> (frivilligt)</span>}</label>
      {hint && <span className="form-hint" id={`${id}-hint`}>{hint}</span>}
      {error && <span className="form-error-message" id={`${id}-error`}><span className="sr-only">Fejl: </span>{error}</span>}
      <input className={`form-input ${error ? 'input-error' : ''}`} id={id} name={path} list="travel-countries" autoComplete="off" value={text}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        onChange={(e) => { setText(e.target.value); onChange(codeOfCountry(e.target.value), e.target.value); }} />
    </div>
  );
}

/** The list the country fields search, once per page. */
export function CountryList() {
  return (
    <datalist id="travel-countries">
      {COUNTRIES_BY_NAME.map((c) => <option key={c} value={COUNTRY_NAMES_DA[c]} />)}
    </datalist>
  );
}

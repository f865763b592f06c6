import { useState, type FormEvent } from 'react';
import { errorsFromApi, type FieldErrors } from '../intake/form/errors';

/**
 * The state every small case form shares: local checks, then the call; server errors mapped to fields,
 * the error summary focused on each failed attempt, a confirmation on success.
 */
export function useCaseForm(knownFields: string[]) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const submit = (validate: () => Record<string, string | undefined>, run: () => Promise<string>) => async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(null);
    const local = Object.fromEntries(Object.entries(validate()).filter(([, v]) => !!v)) as FieldErrors;
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      setDone(await run());
    } catch (err) {
      const mapped = errorsFromApi(err, knownFields);
      setErrors(mapped.fields);
      setGeneral(mapped.general);
    } finally {
      setBusy(false);
    }
  };
  return { errors, general, attempt, busy, done, submit };
}

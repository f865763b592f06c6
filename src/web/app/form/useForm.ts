import { useState, type FormEvent } from 'react';
import { ApiError } from '../api';
import { errorsFromApi, type FieldErrors } from './errors';

export interface FormOptions {
  /** A Danish explanation for a refusal the user can act on, by the server's stable error code (null: the server's message). */
  explain?: (err: ApiError) => string | null;
}

/**
 * The one state every form shares: local checks, then the call; server errors mapped to their fields, the error
 * summary focused on each failed attempt (`attempt`), a busy flag while the call runs, a confirmation on
 * success. `failure` is the last refusal itself, for forms that show a way forward for a particular code
 * (e.g. a missing consent) or offer to reload after a stale write (`conflict.stale`).
 */
export function useForm(knownFields: readonly string[], options: FormOptions = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reset = () => {
    setErrors({});
    setGeneral(null);
    setFailure(null);
    setDone(null);
  };

  /** `validate` returns messages by field path (undefined/'' = fine); `run` does the call and returns the confirmation. */
  const submit = (validate: () => Record<string, string | undefined>, run: () => Promise<string | null>) => async (e?: FormEvent) => {
    e?.preventDefault();
    setAttempt((n) => n + 1);
    setDone(null);
    setFailure(null);
    const local = Object.fromEntries(Object.entries(validate()).filter(([, v]) => !!v)) as FieldErrors;
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      setDone(await run());
    } catch (err) {
      const mapped = errorsFromApi(err, knownFields);
      const explained = err instanceof ApiError ? options.explain?.(err) : null;
      setFailure(err instanceof ApiError ? err : null);
      setErrors(mapped.fields);
      setGeneral(explained ?? mapped.general);
    } finally {
      setBusy(false);
    }
  };
  return { errors, general, attempt, busy, done, failure, submit, reset };
}

/** A write refused because someone else saved first (409 conflict.stale, API.md): the body carries the current version. */
export const isStale = (err: unknown): err is ApiError => err instanceof ApiError && err.status === 409 && err.body.code === 'conflict.stale';

import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Drafts of long or hurried forms, saved as you type so a reload, a crash of the tab or a lost connection never
 * loses work (ARCHITECTURE.md "forms never lose work").
 *
 * Decision: sessionStorage, not localStorage and not the server. It belongs to one tab and goes with the tab,
 * so a draft never follows a shared PC to the next person who opens the browser; drafts are keyed by the user
 * (another login in the same tab never sees them) and every draft is removed on submit and on logout.
 * Browser storage is not encrypted, so callers pass `persistable` to strip what must never be written there:
 * identifying fields (name, CPR, address, phone) are kept in memory only.
 */
const PREFIX = 'skjold.draft.';

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: the form still works, only without drafts
  }
};

/** Removes every draft of every user in this tab. Called on logout. */
export function clearAllDrafts() {
  const s = storage();
  if (!s) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k);
  }
  keys.forEach((k) => s.removeItem(k));
}

/**
 * One draft as a raw string under the drafts prefix, for forms that keep their own state (risk autosave).
 * `key` must start with the user's id, like useSessionDraft's keys, so logout (clearAllDrafts) removes it.
 */
export const rawDraft = {
  get: (key: string): string | null => storage()?.getItem(PREFIX + key) ?? null,
  set: (key: string, value: string) => storage()?.setItem(PREFIX + key, value),
  remove: (key: string) => storage()?.removeItem(PREFIX + key),
};

export interface Draft<T> {
  value: T;
  set: (update: (prev: T) => T) => void;
  /** Forget the draft (after a successful submit) and start over from `initial`. */
  clear: () => void;
  /** True when the form was filled from a saved draft. */
  restored: boolean;
}

export function useSessionDraft<T extends object>(
  key: string | null,
  initial: () => T,
  persistable: (value: T) => Partial<T> = (v) => v,
): Draft<T> {
  const storageKey = key ? PREFIX + key : null;
  const [state, setState] = useState(() => {
    const saved = storageKey ? storage()?.getItem(storageKey) : null;
    if (saved) {
      try {
        return { value: { ...initial(), ...(JSON.parse(saved) as Partial<T>) }, restored: true };
      } catch {
        /* a corrupt draft is dropped, never fatal */
      }
    }
    return { value: initial(), restored: false };
  });
  const cleared = useRef(false);

  useEffect(() => {
    if (!storageKey || cleared.current) return;
    storage()?.setItem(storageKey, JSON.stringify(persistable(state.value)));
    // persistable is a pure projection; re-running on its identity would only rewrite the same draft
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey, state.value]);

  const set = useCallback((update: (prev: T) => T) => {
    cleared.current = false;
    setState((s) => ({ ...s, value: update(s.value) }));
  }, []);
  const clear = useCallback(() => {
    if (storageKey) storage()?.removeItem(storageKey);
    cleared.current = true;
    setState({ value: initial(), restored: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [storageKey]);

  return { value: state.value, set, clear, restored: state.restored };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { rawDraft } from '../../app/drafts';
import { isStale } from '../../app/form/useForm';
import { draftVersionOf, saveAssessment, type AssessmentContent, type AssessmentView } from './riskApi';

export type SaveState = 'saved' | 'pending' | 'saving' | 'offline' | 'error' | 'conflict';

// Under the drafts prefix and the user's id (app/drafts.ts): another login in this tab never sees it, logout removes it.
const pendingKey = (userId: string, aid: string) => `${userId}.risk.${aid}`;
const DEBOUNCE_MS = 800;
const RETRY_MS = 5000;

/**
 * Keeps a draft saved as it is typed: changes are kept in sessionStorage at once (survives a reload, leaves
 * with the tab) and sent to the server debounced; a failed send is retried, and a reload resends what was not
 * acknowledged. sessionStorage, not localStorage: these notes must not outlive the browser tab, nor the session.
 */
export function useAutosave(caseId: string, initial: AssessmentView, onSaved: (v: AssessmentView) => void) {
  const { user } = useAuth();
  const key = pendingKey(user?.id ?? 'ukendt', initial.id);
  const stored = rawDraft.get(key);
  const [content, setContent] = useState<AssessmentContent>(() => (stored ? (JSON.parse(stored) as AssessmentContent) : initial.content));
  const [state, setState] = useState<SaveState>(stored ? 'pending' : 'saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [theirVersion, setTheirVersion] = useState<number | undefined>(undefined);
  const latest = useRef(content);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef(false);
  // The edit the local text builds on; a save on top of an older one is refused (409), never written over.
  const draftVersion = useRef(draftVersionOf(initial));
  const conflict = useRef(false);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (inFlight.current || conflict.current) return;
    const sending = latest.current;
    inFlight.current = true;
    setState('saving');
    try {
      const view = await saveAssessment(caseId, initial.id, sending, draftVersion.current);
      draftVersion.current = draftVersionOf(view);
      if (latest.current === sending) {
        rawDraft.remove(key);
        setState('saved');
      } else {
        timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
        setState('pending');
      }
      setSavedAt(new Date());
      setProblem(null);
      onSaved(view);
    } catch (err) {
      if (isStale(err)) {
        // Someone else saved a newer draft: stop saving, keep this text in the browser, let the user choose.
        conflict.current = true;
        setTheirVersion(err.body.currentVersion);
        setState('conflict');
        setProblem(null);
      } else if (err instanceof ApiError && err.status !== 0) {
        // The server refused (signed, consent withdrawn, invalid): keep the text locally, say why, do not loop.
        setState('error');
        setProblem(err.body.message);
      } else {
        setState('offline');
        timer.current = window.setTimeout(() => void flush(), RETRY_MS);
      }
    } finally {
      inFlight.current = false;
    }
  }, [caseId, initial.id, key, onSaved]);

  const update = useCallback((next: AssessmentContent) => {
    latest.current = next;
    setContent(next);
    rawDraft.set(key, JSON.stringify(next));
    setState('pending');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), DEBOUNCE_MS);
  }, [flush, key]);

  useEffect(() => {
    if (stored) void flush(); // unsent changes from before a reload go first
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      window.clearTimeout(timer.current);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** Drop the local text and take the newest draft from the server. */
  const takeTheirs = useCallback(() => {
    rawDraft.remove(key);
    window.location.reload();
  }, [key]);
  /** After comparing: save the local text on top of the newest draft (a deliberate choice). */
  const keepMine = useCallback((currentVersion: number | undefined) => {
    draftVersion.current = currentVersion;
    conflict.current = false;
    void flush();
  }, [flush]);

  return { content, update, state, savedAt, problem, flush, takeTheirs, keepMine, theirVersion };
}

export function saveStateText(state: SaveState, savedAt: Date | null): string {
  const time = savedAt ? savedAt.toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Copenhagen' }) : '';
  switch (state) {
    case 'saved': return savedAt ? `Udkastet er gemt kl. ${time}.` : 'Udkastet er gemt.';
    case 'pending': return 'Ændringer gemmes …';
    case 'saving': return 'Gemmer …';
    case 'offline': return 'Ingen forbindelse. Dine ændringer er gemt i browseren og sendes, så snart forbindelsen er tilbage.';
    case 'error': return 'Udkastet kunne ikke gemmes på serveren. Dine ændringer er gemt i browseren.';
    case 'conflict': return 'En anden har gemt en nyere udgave af udkastet. Dine ændringer er ikke gemt på serveren, men i browseren.';
  }
}

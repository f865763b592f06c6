import { useEffect, useRef, useState } from 'react';

export interface CompareRow {
  label: string;
  mine: string;
  theirs: string;
}

/**
 * Someone else saved first (409 conflict.stale): nothing was overwritten. Says so where the user is (it takes
 * focus and is announced), and offers the two ways on: take the newest version (the user's change is dropped,
 * after they have seen it), or compare their change with what is saved now, field by field. `onKeepMine`,
 * where given, writes the user's version over the newest one: a choice made after comparing, never silently.
 */
export function StaleConflict({ what, onReload, compare, onKeepMine }: {
  what: string;
  onReload: () => void;
  /** Fetches what is saved now and returns the fields that differ from the user's change. */
  compare: () => Promise<CompareRow[]>;
  onKeepMine?: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [rows, setRows] = useState<CompareRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="alert alert-warning stale-conflict" role="alert" tabIndex={-1} ref={ref} aria-labelledby="stale-heading">
      <div className="alert-body">
        <h3 className="alert-heading h4" id="stale-heading">{what} er ændret af en anden, siden du hentede den</h3>
        <p className="alert-text">Din ændring er ikke gemt, og intet er overskrevet. Hent den nyeste udgave, eller sammenlign den med din ændring.</p>
        <div className="stale-actions">
          <button type="button" className="button button-primary" onClick={onReload}>Hent den nyeste udgave</button>
          <button type="button" className="button button-secondary"
            onClick={async () => {
              setFailed(false);
              try {
                setRows(await compare());
              } catch {
                setFailed(true);
              }
            }}>
            Sammenlign med min ændring
          </button>
        </div>
        {failed && <p className="alert-text">Den nyeste udgave kunne ikke hentes. Prøv igen.</p>}
        {rows && (rows.length === 0 ? <p className="alert-text">Den gemte udgave er magen til din ændring.</p> : (
          <table className="table table--compact stale-compare">
            <caption>Din ændring og den gemte udgave</caption>
            <thead><tr><th scope="col">Felt</th><th scope="col">Din ændring</th><th scope="col">Gemt nu</th></tr></thead>
            <tbody>
              {rows.map((r) => <tr key={r.label}><th scope="row">{r.label}</th><td className="text-pre">{r.mine || '—'}</td><td className="text-pre">{r.theirs || '—'}</td></tr>)}
            </tbody>
          </table>
        ))}
        {rows && rows.length > 0 && onKeepMine && (
          <button type="button" className="button button-tertiary" onClick={onKeepMine}>Gem min ændring oven på den gemte udgave</button>
        )}
      </div>
    </div>
  );
}

/** The rows where two flat records differ, labelled and shown as people read them. */
export function differences<T extends Record<string, unknown>>(mine: T, theirs: T, labels: Partial<Record<keyof T, string>>, show: (k: keyof T, v: unknown) => string): CompareRow[] {
  return (Object.keys(labels) as (keyof T)[])
    .filter((k) => JSON.stringify(mine[k] ?? null) !== JSON.stringify(theirs[k] ?? null))
    .map((k) => ({ label: labels[k]!, mine: show(k, mine[k]), theirs: show(k, theirs[k]) }));
}

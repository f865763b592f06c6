/** Rows of small text fields (team members, contacts, …) with add and remove; labels per column. */
export interface Column<T> {
  key: keyof T & string;
  label: string;
  options?: { value: string; label: string }[];
  multiline?: boolean;
  type?: 'text' | 'number';
}

export function ListEditor<T extends Record<string, unknown>>({ id, legend, rows, columns, blank, onChange }: {
  id: string;
  legend: string;
  rows: T[];
  columns: Column<T>[];
  blank: T;
  onChange: (rows: T[]) => void;
}) {
  const set = (i: number, key: keyof T, value: unknown) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="list-editor mt-6" id={id}>
      <legend className="h4">{legend}</legend>
      {rows.length === 0 && <p className="form-hint">Ingen endnu.</p>}
      {rows.map((row, i) => (
        <div key={i} className="list-editor-row mb-4">
          {columns.map((c) => {
            const fid = `${id}-${i}-${c.key}`;
            const value = row[c.key] ?? '';
            return (
              <div className="form-group mt-2" key={c.key}>
                <label className="form-label" htmlFor={fid}>{c.label}</label>
                {c.options ? (
                  <select className="form-select" id={fid} value={String(value)} onChange={(e) => set(i, c.key, e.target.value)}>
                    {c.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                  </select>
                ) : c.multiline ? (
                  <textarea className="form-input" id={fid} rows={3} value={String(value)} onChange={(e) => set(i, c.key, e.target.value)} />
                ) : (
                  <input className="form-input" id={fid} type={c.type ?? 'text'} value={String(value)}
                    onChange={(e) => set(i, c.key, c.type === 'number' ? (e.target.value === '' ? null : Number(e.target.value)) : e.target.value)} />
                )}
              </div>
            );
          })}
          <button type="button" className="button button-tertiary mt-2" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Fjern {legend.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => onChange([...rows, { ...blank }])}>Tilføj</button>
    </fieldset>
  );
}

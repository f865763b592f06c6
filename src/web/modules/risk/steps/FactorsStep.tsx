import { ChangedMark, newId } from '../fields';
import type { AssessmentContent } from '../riskApi';
import type { StepProps } from './stepProps';

type Rated = { now: string | null; past: string | null; rationale: string; sources: string };

/** Step 2: the factors of each part, rated now and in the past. Rated, never added up: no total anywhere. */
export function FactorsStep({ content, update, instrument, changed }: StepProps) {
  const scale = instrument.ratingScale;
  const setFactor = (code: string, patch: Partial<Rated>) =>
    update({ ...content, factors: { ...content.factors, [code]: { ...content.factors[code]!, ...patch } as AssessmentContent['factors'][string] } });
  const others = content.otherConsiderations;
  const setOther = (id: string, patch: Partial<Rated & { label: string }>) =>
    update({ ...content, otherConsiderations: others.map((o) => (o.id === id ? ({ ...o, ...patch } as typeof o) : o)) });

  const select = (id: string, label: string, value: string | null, onChange: (v: string | null) => void) => (
    <>
      <label className="sr-only" htmlFor={id}>{label}</label>
      <select id={id} className="form-select" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Vælg</option>
        {scale.map((s) => <option key={s.code} value={s.code}>{s.label}</option>)}
      </select>
    </>
  );
  const text = (id: string, label: string, value: string, onChange: (v: string) => void) => (
    <>
      <label className="sr-only" htmlFor={id}>{label}</label>
      <input id={id} className="form-input" value={value} onChange={(e) => onChange(e.target.value)} />
    </>
  );

  return (
    <>
      <h2>2. Vurdering af faktorer</h2>
      <p>Vurdér hver faktor nu og tidligere. Faktorerne lægges ikke sammen: helheden vurderes fagligt i konklusionen.</p>
      {instrument.parts.map((part) => (
        <section key={part.code} aria-labelledby={`part-${part.code}`}>
          <h3 id={`part-${part.code}`}>{part.label}</h3>
          <table className="table table--compact factor-table">
            <thead>
              <tr><th scope="col" className="col-factor">Faktor</th><th scope="col" className="col-rating">Nu</th><th scope="col" className="col-rating">Tidligere</th><th scope="col">Begrundelse</th><th scope="col">Kilder</th></tr>
            </thead>
            <tbody>
              {part.factors.map((f) => {
                const r = content.factors[f.code] ?? { now: null, past: null, rationale: '', sources: '' };
                return (
                  <tr key={f.code}>
                    <th scope="row">
                      <span className="factor-label">{f.code} {f.label}</span>
                      {changed(`factors.${f.code}`) && <ChangedMark />}
                      {f.explanation && <p className="factor-explanation">{f.explanation}</p>}
                    </th>
                    <td>{select(`f-${f.code}-now`, `${f.code} ${f.label}: nu`, r.now, (now) => setFactor(f.code, { now }))}</td>
                    <td>{select(`f-${f.code}-past`, `${f.code} ${f.label}: tidligere`, r.past, (past) => setFactor(f.code, { past }))}</td>
                    <td>{text(`f-${f.code}-rationale`, `${f.code}: begrundelse`, r.rationale, (rationale) => setFactor(f.code, { rationale }))}</td>
                    <td>{text(`f-${f.code}-sources`, `${f.code}: kilder`, r.sources, (sources) => setFactor(f.code, { sources }))}</td>
                  </tr>
                );
              })}
              {others.filter((o) => o.partCode === part.code).map((o, i) => (
                <tr key={o.id}>
                  <th scope="row">{text(`o-${o.id}-label`, `Andet forhold ${i + 1} (${part.code}): betegnelse`, o.label, (label) => setOther(o.id, { label }))}
                    <button type="button" className="button button-tertiary" onClick={() => update({ ...content, otherConsiderations: others.filter((x) => x.id !== o.id) })}>
                      Fjern<span className="sr-only">{` andet forhold ${i + 1}`}</span>
                    </button>
                  </th>
                  <td>{select(`o-${o.id}-now`, `Andet forhold ${i + 1}: nu`, o.now, (now) => setOther(o.id, { now }))}</td>
                  <td>{select(`o-${o.id}-past`, `Andet forhold ${i + 1}: tidligere`, o.past, (past) => setOther(o.id, { past }))}</td>
                  <td>{text(`o-${o.id}-rationale`, `Andet forhold ${i + 1}: begrundelse`, o.rationale, (rationale) => setOther(o.id, { rationale }))}</td>
                  <td>{text(`o-${o.id}-sources`, `Andet forhold ${i + 1}: kilder`, o.sources, (sources) => setOther(o.id, { sources }))}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button-secondary"
            onClick={() => update({ ...content, otherConsiderations: [...others, { id: newId(), partCode: part.code, label: 'Andet forhold', now: null, past: null, rationale: '', sources: '' }] })}>
            Tilføj andet forhold<span className="sr-only">{` under ${part.label}`}</span>
          </button>
        </section>
      ))}
    </>
  );
}

import { ChangedMark, newId } from '../fields';
import type { StepProps } from './stepProps';

/** Step 5: recommendations. After signing, each can become a task or a safety measure in one action. */
export function RecommendationsStep({ content, update, changed }: StepProps) {
  const recs = content.recommendations;
  return (
    <>
      <h2>5. Anbefalinger</h2>
      {recs.map((r, i) => (
        <div className="risk-list-item" key={r.id}>
          <div className="form-group">
            <label className="form-label" htmlFor={`rec-${i}`}>Anbefaling {i + 1}{changed(`recommendations.${r.id}`) && <ChangedMark />}</label>
            <textarea id={`rec-${i}`} className="form-input" rows={2} value={r.text}
              onChange={(e) => update({ ...content, recommendations: recs.map((x) => (x.id === r.id ? { ...x, text: e.target.value } : x)) })} />
          </div>
          <button type="button" className="button button-tertiary" onClick={() => update({ ...content, recommendations: recs.filter((x) => x.id !== r.id) })}>
            Fjern<span className="sr-only">{` anbefaling ${i + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary mt-3" onClick={() => update({ ...content, recommendations: [...recs, { id: newId(), text: '' }] })}>
        Tilføj anbefaling
      </button>
    </>
  );
}

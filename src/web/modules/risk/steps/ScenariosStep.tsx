import { ChangedMark, RadioGroup, TextArea, TextInput, newId } from '../fields';
import type { AssessmentContent } from '../riskApi';
import type { StepProps } from './stepProps';

type Scenario = AssessmentContent['scenarios'][number];

/** Step 3: risk scenarios, each rated and with the measures proposed against it (step 4, management). */
export function ScenariosStep({ content, update, instrument, changed }: StepProps) {
  const set = (id: string, patch: Partial<Scenario>) =>
    update({ ...content, scenarios: content.scenarios.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
  return (
    <>
      <h2>3. Risikoscenarier og foranstaltninger</h2>
      <p>Beskriv de mest sandsynlige scenarier, vurdér hvert og foreslå foranstaltninger mod det.</p>
      {content.scenarios.map((s, i) => (
        <section className="risk-card" key={s.id} aria-labelledby={`sc-${s.id}-h`}>
          <h3 id={`sc-${s.id}-h`}>Scenarie {i + 1}{changed(`scenarios.${s.id}`) && <ChangedMark />}</h3>
          <TextInput id={`sc-${s.id}-title`} label="Overskrift" value={s.title} onChange={(title) => set(s.id, { title })} />
          <TextArea id={`sc-${s.id}-desc`} label="Beskrivelse" value={s.description} onChange={(description) => set(s.id, { description })} />
          <RadioGroup name={`sc-${s.id}-level`} legend="Vurdering af scenariet" inline value={s.level}
            options={instrument.levelScale as { code: 'LAV' | 'MODERAT' | 'HOEJ'; label: string }[]} onChange={(level) => set(s.id, { level })} />
          <fieldset className="form-group">
            <legend className="form-label">Foreslåede foranstaltninger</legend>
            {s.measures.map((m, j) => (
              <div className="risk-list-item" key={m.id}>
                <TextInput id={`sc-${s.id}-m-${j}`} label={`Foranstaltning ${j + 1}`} value={m.text}
                  onChange={(text) => set(s.id, { measures: s.measures.map((x) => (x.id === m.id ? { ...x, text } : x)) })} />
                <button type="button" className="button button-tertiary" onClick={() => set(s.id, { measures: s.measures.filter((x) => x.id !== m.id) })}>
                  Fjern<span className="sr-only">{` foranstaltning ${j + 1}`}</span>
                </button>
              </div>
            ))}
            <button type="button" className="button button-secondary mt-3" onClick={() => set(s.id, { measures: [...s.measures, { id: newId(), text: '' }] })}>
              Tilføj foranstaltning<span className="sr-only">{` til scenarie ${i + 1}`}</span>
            </button>
          </fieldset>
          <button type="button" className="button button-tertiary" onClick={() => update({ ...content, scenarios: content.scenarios.filter((x) => x.id !== s.id) })}>
            Fjern scenarie {i + 1}
          </button>
        </section>
      ))}
      <button type="button" className="button button-secondary"
        onClick={() => update({ ...content, scenarios: [...content.scenarios, { id: newId(), title: `Scenarie ${content.scenarios.length + 1}`, description: '', level: null, measures: [] }] })}>
        Tilføj scenarie
      </button>
    </>
  );
}

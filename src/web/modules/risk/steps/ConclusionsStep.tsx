import { RadioGroup, TextArea } from '../fields';
import type { StepProps } from './stepProps';
import { PersonList } from './PersonList';

/** Step 4: conclusions – risk of serious violence, imminence, likely victims (several possible), other risks. */
export function ConclusionsStep({ content, update, instrument, changed }: StepProps) {
  const c = content.conclusions;
  const set = (patch: Partial<typeof c>) => update({ ...content, conclusions: { ...c, ...patch } });
  return (
    <>
      <h2>4. Konklusioner</h2>
      <RadioGroup name="serious" legend={<>Risiko for alvorlig vold{changed('conclusions.seriousViolence') && <span className="badge badge-small changed-mark">Ændret siden sidste vurdering</span>}</>}
        value={c.seriousViolence} options={instrument.levelScale as { code: 'LAV' | 'MODERAT' | 'HOEJ'; label: string }[]}
        onChange={(seriousViolence) => set({ seriousViolence })} />
      <RadioGroup name="imminent" legend="Er risikoen overhængende?" value={c.imminent === null ? null : c.imminent ? 'JA' : 'NEJ'}
        options={[{ code: 'JA', label: 'Ja' }, { code: 'NEJ', label: 'Nej' }]} onChange={(v) => set({ imminent: v === 'JA' })} />
      <PersonList idPrefix="victim" legend="Sandsynligt offer" addLabel="Tilføj sandsynligt offer" items={c.likelyVictims} includeCitizen
        onChange={(likelyVictims) => set({ likelyVictims })} />
      <TextArea id="c-otherRisks" label="Andre risici" value={c.otherRisks} changed={changed('conclusions.otherRisks')} onChange={(otherRisks) => set({ otherRisks })} />
      <TextArea id="c-rationale" label="Begrundelse for konklusionen" value={c.rationale} changed={changed('conclusions.rationale')} onChange={(rationale) => set({ rationale })} />
    </>
  );
}

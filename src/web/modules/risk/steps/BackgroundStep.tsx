import { TextArea } from '../fields';
import type { StepProps } from './stepProps';
import { PersonList } from './PersonList';

const FIELDS = [
  ['sources', 'Kilder', 'Hvem og hvad bygger vurderingen på: samtaler, dokumenter, andre myndigheder.'],
  ['persons', 'Personer', 'Borgeren og de personer, der har betydning i sagen.'],
  ['familyStructure', 'Familiestruktur', undefined],
  ['latestIncident', 'Seneste hændelse', undefined],
  ['earlierProblems', 'Tidligere æresrelaterede problemer', undefined],
] as const;

/** Step 1: background information and sources; the possible perpetrators (there can be several). */
export function BackgroundStep({ content, update, changed }: StepProps) {
  return (
    <>
      <h2>1. Baggrund og kilder</h2>
      {FIELDS.map(([key, label, hint]) => (
        <TextArea key={key} id={`bg-${key}`} label={label} hint={hint} value={content.background[key]} changed={changed(`background.${key}`)}
          onChange={(v) => update({ ...content, background: { ...content.background, [key]: v } })} />
      ))}
      <PersonList idPrefix="perpetrator" legend="Mulig gerningsperson" addLabel="Tilføj mulig gerningsperson" items={content.perpetrators}
        onChange={(perpetrators) => update({ ...content, perpetrators })} />
    </>
  );
}

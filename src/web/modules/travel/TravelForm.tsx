import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { fieldId } from '../../app/form/errors';
import { Checkbox, CheckboxGroup, FormErrorsContext, SelectField, TextArea, TextField } from '../../app/form/fields';
import { isStale, useForm } from '../../app/form/useForm';
import type { CaseDetail } from '../cases/casesApi';
import { CountryField, codeOfCountry } from './CountryField';
import {
  PASSPORT_HOLDER_LABELS, PASSPORT_HOLDERS, TRAVEL_FEAR_LABELS, TRAVEL_FEARS, TRAVEL_PHASE_LABELS, TRAVEL_PHASES,
  type PassportHolder, type TravelFear, type TravelPhase,
} from './labels';
import { createTrip, putTravel, type Travel, type TravelInput } from './travelApi';

const PREFIX = 'rejse';
export const TRAVEL_LABELS: Record<string, string> = {
  phase: 'Fase', destinationCountry: 'Destination (land)', outboundOn: 'Afrejsedato', outboundTime: 'Afrejse klokkeslæt', outboundFlight: 'Flynummer ud',
  route: 'Rejserute', returnPlanned: 'Er der planlagt en hjemkomst?', returnTicketBought: 'Er returbilletten købt?', expectedReturnOn: 'Forventet hjemkomst (dato)',
  returnTime: 'Hjemrejse klokkeslæt', returnFlight: 'Flynummer hjem', returnedOn: 'Hjemkomst registreret den', lastContactOn: 'Seneste kontakt med borgeren',
  nextCheckInOn: 'Næste aftalte kontakt', hosts: 'Hvem skal borgeren bo hos', statedPurpose: 'Familiens oplyste formål med rejsen',
  fears: 'Hvad frygter borgeren, der vil ske?', fearsOther: 'Andet, borgeren frygter', alternatives: 'Alternativer til rejsen',
  citizenships: 'Statsborgerskaber', passports: 'Pas', reentryNote: 'Ret til indrejse (forældrenes statsborgerskab)', trustedPersons: 'Personer borgeren kan stole på',
  note: 'Beskrivelse af borgeren og andre noter', tripId: 'Rejse',
};

const yesNo = (v: boolean | null) => (v === null ? '' : v ? 'JA' : 'NEJ');
const fromYesNo = (v: string) => (v === 'JA' ? true : v === 'NEJ' ? false : null);
const YES_NO = [{ value: 'JA', label: 'Ja' }, { value: 'NEJ', label: 'Nej' }];

type Draft = ReturnType<typeof draftOf>;
function draftOf(v: Travel | null) {
  return {
    phase: (v?.phase ?? 'FOER') as TravelPhase, destinationCountry: v?.destinationCountry ?? null, countryText: '',
    outboundOn: v?.outboundOn ?? '', outboundTime: v?.outboundTime ?? '', outboundFlight: v?.outboundFlight ?? '', route: v?.route ?? '',
    returnPlanned: yesNo(v?.returnPlanned ?? null), returnTicketBought: yesNo(v?.returnTicketBought ?? null), expectedReturnOn: v?.expectedReturnOn ?? '',
    returnTime: v?.returnTime ?? '', returnFlight: v?.returnFlight ?? '', returnedOn: v?.returnedOn ?? '', lastContactOn: v?.lastContactOn ?? '', nextCheckInOn: v?.nextCheckInOn ?? '',
    hosts: v?.hosts ?? [], statedPurpose: v?.statedPurpose ?? '', fears: (v?.fears ?? []) as TravelFear[], fearsOther: v?.fearsOther ?? '', alternatives: v?.alternatives ?? '',
    citizenships: (v?.citizenships ?? []) as { holder: PassportHolder; country: string }[],
    passports: (v?.passports ?? []) as { holder: PassportHolder; country: string; number: string; note: string }[],
    reentryNote: v?.reentryNote ?? '',
    trustedPersons: (v?.trustedPersons ?? []).map((t) => ({ personId: t.personId, name: t.personId ? '' : t.name, relation: t.relation, abroad: t.abroad, country: t.country as string | null, contact: t.contact })),
    note: v?.note ?? '',
  };
}

/** The body of a PUT or POST from the draft: codes, nulls for empty dates and times. */
export function bodyOf(d: Draft): Omit<TravelInput, 'version' | 'tripId'> {
  const orNull = (s: string) => s || null;
  return {
    phase: d.phase, destinationCountry: d.destinationCountry as TravelInput['destinationCountry'], outboundOn: orNull(d.outboundOn), outboundTime: orNull(d.outboundTime),
    outboundFlight: d.outboundFlight, route: d.route, returnPlanned: fromYesNo(d.returnPlanned), returnTicketBought: fromYesNo(d.returnTicketBought),
    expectedReturnOn: orNull(d.expectedReturnOn), returnTime: orNull(d.returnTime), returnFlight: d.returnFlight, returnedOn: orNull(d.returnedOn),
    lastContactOn: orNull(d.lastContactOn), nextCheckInOn: orNull(d.nextCheckInOn), hosts: d.hosts.filter((h) => h.name.trim()), statedPurpose: d.statedPurpose,
    fears: d.fears, fearsOther: d.fearsOther, alternatives: d.alternatives,
    citizenships: d.citizenships.filter((c) => c.country) as TravelInput['citizenships'],
    passports: d.passports.filter((p) => p.country) as TravelInput['passports'],
    reentryNote: d.reentryNote,
    trustedPersons: d.trustedPersons.filter((t) => t.personId || t.name.trim()) as TravelInput['trustedPersons'],
    note: d.note,
  };
}

/** A fieldset the error summary can link to (the server names `body.passports.0.country`; the form knows `passports`). */
function Rows({ path, legend, hint, children, onAdd, addLabel }: { path: string; legend: string; hint?: string; children: React.ReactNode; onAdd: () => void; addLabel: string }) {
  return (
    <fieldset className="travel-rows" id={fieldId(path, PREFIX)} tabIndex={-1}>
      <legend className="form-label">{legend}</legend>
      {hint && <p className="form-hint">{hint}</p>}
      {children}
      <button type="button" className="button button-tertiary" onClick={onAdd}>{addLabel}</button>
    </fieldset>
  );
}

/**
 * The whole trip (DOMAIN.md § 7, seed 001): phase, destination, flights, return, hosts, purpose, fears,
 * alternatives, citizenships and passports (the parents' for a minor), trusted persons. One versioned record;
 * `mode: 'new'` registers another trip on the case.
 */
export function TravelForm({ caseData: c, value, mode, onSaved }: { caseData: CaseDetail; value: Travel | null; mode: 'edit' | 'new'; onSaved: (t: Travel) => void }) {
  const qc = useQueryClient();
  const [d, setD] = useState(() => draftOf(mode === 'new' ? null : value));
  useEffect(() => setD(draftOf(mode === 'new' ? null : value)), [value, mode]);
  const set = <K extends keyof Draft>(k: K) => (x: Draft[K]) => setD((p) => ({ ...p, [k]: x }));
  const form = useForm(Object.keys(TRAVEL_LABELS));
  const persons = c.persons.filter((p) => p.role !== 'BORGER').map((p) => ({ value: p.id, label: `${p.name}${p.relation ? ` (${p.relation})` : ''}` }));
  const holderOptions = PASSPORT_HOLDERS.map((h) => ({ value: h, label: PASSPORT_HOLDER_LABELS[h] }));
  const row = <K extends 'hosts' | 'citizenships' | 'passports' | 'trustedPersons'>(k: K, i: number, patch: Partial<Draft[K][number]>) =>
    setD((p) => ({ ...p, [k]: (p[k] as Draft[K][number][]).map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const drop = (k: 'hosts' | 'citizenships' | 'passports' | 'trustedPersons', i: number) => setD((p) => ({ ...p, [k]: (p[k] as unknown[]).filter((_, j) => j !== i) }));

  const submit = form.submit(
    () => ({
      destinationCountry: d.countryText && !d.destinationCountry ? 'Vælg et land fra listen' : undefined,
      fearsOther: d.fears.includes('ANDET') && !d.fearsOther.trim() ? 'Beskriv hvad borgeren ellers frygter' : undefined,
      phase: d.returnedOn && d.phase !== 'EFTER' ? `Når hjemkomsten er registreret, er fasen "${TRAVEL_PHASE_LABELS.EFTER}"` : undefined,
    }),
    async () => {
      const saved = mode === 'new' ? await createTrip(c.id, bodyOf(d)) : await putTravel(c.id, { ...bodyOf(d), version: value?.version ?? 0, ...(value?.id ? { tripId: value.id } : {}) });
      await qc.invalidateQueries({ queryKey: ['travel', c.id] });
      await qc.invalidateQueries({ queryKey: ['cases', c.id] });
      onSaved(saved);
      return mode === 'new' ? 'Den nye rejse er registreret og skrevet i journalen.' : 'Rejseoplysningerne er gemt.';
    },
  );

  return (
    <div className="travel-form">
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={TRAVEL_LABELS} version={form.attempt} prefix={PREFIX} />
      {isStale(form.failure) && (
        <p><button type="button" className="button button-secondary" onClick={() => qc.invalidateQueries({ queryKey: ['travel', c.id] })}>Hent den nyeste udgave</button></p>
      )}
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
        <form noValidate aria-label={mode === 'new' ? 'Ny rejse' : 'Rejseoplysninger'} onSubmit={submit}>
          <h4>Rejsen</h4>
          <SelectField path="phase" label={TRAVEL_LABELS.phase!} value={d.phase} onChange={(x) => set('phase')(x as TravelPhase)} options={TRAVEL_PHASES.map((p) => ({ value: p, label: TRAVEL_PHASE_LABELS[p] }))} />
          <CountryField path="destinationCountry" label={TRAVEL_LABELS.destinationCountry!} value={d.destinationCountry} hint="Skriv landets navn og vælg det på listen"
            onChange={(code, text) => setD((p) => ({ ...p, destinationCountry: code, countryText: text }))} />
          <div className="form-row-2">
            <TextField path="outboundOn" type="date" required={false} label={TRAVEL_LABELS.outboundOn!} value={d.outboundOn} onChange={set('outboundOn')} />
            <TextField path="outboundTime" type="time" required={false} label={TRAVEL_LABELS.outboundTime!} value={d.outboundTime} onChange={set('outboundTime')} />
          </div>
          <TextField path="outboundFlight" required={false} label={TRAVEL_LABELS.outboundFlight!} value={d.outboundFlight} onChange={set('outboundFlight')} hint="Fx TK1784" />
          <TextArea path="route" required={false} label={TRAVEL_LABELS.route!} value={d.route} onChange={set('route')} rows={2} />

          <h4>Hjemrejse</h4>
          <div className="form-row-2">
            <SelectField path="returnPlanned" label={TRAVEL_LABELS.returnPlanned!} required={false} value={d.returnPlanned} placeholder="Uoplyst" onChange={set('returnPlanned')} options={YES_NO} />
            <SelectField path="returnTicketBought" label={TRAVEL_LABELS.returnTicketBought!} required={false} value={d.returnTicketBought} placeholder="Uoplyst" onChange={set('returnTicketBought')} options={YES_NO} />
          </div>
          <div className="form-row-2">
            <TextField path="expectedReturnOn" type="date" required={false} label={TRAVEL_LABELS.expectedReturnOn!} value={d.expectedReturnOn} onChange={set('expectedReturnOn')}
              hint="Går datoen, uden at hjemkomst eller kontakt er registreret, varsles alle ansvarlige" />
            <TextField path="returnTime" type="time" required={false} label={TRAVEL_LABELS.returnTime!} value={d.returnTime} onChange={set('returnTime')} />
          </div>
          <TextField path="returnFlight" required={false} label={TRAVEL_LABELS.returnFlight!} value={d.returnFlight} onChange={set('returnFlight')} />

          <h4>Under opholdet</h4>
          <div className="form-row-2">
            <TextField path="lastContactOn" type="date" required={false} label={TRAVEL_LABELS.lastContactOn!} value={d.lastContactOn} onChange={set('lastContactOn')} />
            <TextField path="nextCheckInOn" type="date" required={false} label={TRAVEL_LABELS.nextCheckInOn!} value={d.nextCheckInOn} onChange={set('nextCheckInOn')}
              hint="En aftalt kontakt, der ikke registreres, varsles som en overskredet hjemkomst" />
          </div>
          <TextField path="returnedOn" type="date" required={false} label={TRAVEL_LABELS.returnedOn!} value={d.returnedOn} onChange={set('returnedOn')} hint="Lukker rejsevagten" />

          <h4>Ophold og familie</h4>
          <Rows path="hosts" legend={TRAVEL_LABELS.hosts!} addLabel="Tilføj person" onAdd={() => set('hosts')([...d.hosts, { name: '', relation: '', contact: '' }])}>
            {d.hosts.map((h, i) => (
              <div key={i} className="travel-row">
                <TextField path={`hosts.${i}.name`} label="Navn" value={h.name} onChange={(x) => row('hosts', i, { name: x })} />
                <TextField path={`hosts.${i}.relation`} label="Relation til borgeren" required={false} value={h.relation} onChange={(x) => row('hosts', i, { relation: x })} />
                <TextField path={`hosts.${i}.contact`} label="Adresse eller kontakt" required={false} value={h.contact} onChange={(x) => row('hosts', i, { contact: x })} />
                <button type="button" className="button button-tertiary" onClick={() => drop('hosts', i)}>Fjern {h.name || 'personen'}</button>
              </div>
            ))}
          </Rows>
          <TextArea path="statedPurpose" required={false} label={TRAVEL_LABELS.statedPurpose!} value={d.statedPurpose} onChange={set('statedPurpose')} rows={2} />
          <CheckboxGroup path="fears" label={TRAVEL_LABELS.fears!} values={d.fears} onChange={set('fears')} options={TRAVEL_FEARS.map((f) => ({ value: f, label: TRAVEL_FEAR_LABELS[f] }))} />
          {d.fears.includes('ANDET') && <TextArea path="fearsOther" label={TRAVEL_LABELS.fearsOther!} value={d.fearsOther} onChange={set('fearsOther')} rows={2} />}
          <TextArea path="alternatives" required={false} label={TRAVEL_LABELS.alternatives!} value={d.alternatives} onChange={set('alternatives')} rows={2} hint="Har borgeren mulighed for at blive i Danmark?" />

          <h4>Statsborgerskab og pas</h4>
          <Rows path="citizenships" legend={TRAVEL_LABELS.citizenships!} hint="For et barn også forældrenes: det kan have betydning for retten til at rejse ind i Danmark igen." addLabel="Tilføj statsborgerskab"
            onAdd={() => set('citizenships')([...d.citizenships, { holder: 'BORGER', country: '' }])}>
            {d.citizenships.map((x, i) => (
              <div key={i} className="travel-row">
                <SelectField path={`citizenships.${i}.holder`} label="Hvis" value={x.holder} onChange={(v) => row('citizenships', i, { holder: v as PassportHolder })} options={holderOptions} />
                <CountryField path={`citizenships.${i}.country`} label="Land" required value={x.country || null} onChange={(code) => row('citizenships', i, { country: code ?? '' })} />
                <button type="button" className="button button-tertiary" onClick={() => drop('citizenships', i)}>Fjern statsborgerskabet</button>
              </div>
            ))}
          </Rows>
          <Rows path="passports" legend={TRAVEL_LABELS.passports!} addLabel="Tilføj pas" onAdd={() => set('passports')([...d.passports, { holder: 'BORGER', country: '', number: '', note: '' }])}>
            {d.passports.map((x, i) => (
              <div key={i} className="travel-row">
                <SelectField path={`passports.${i}.holder`} label="Hvis pas" value={x.holder} onChange={(v) => row('passports', i, { holder: v as PassportHolder })} options={holderOptions} />
                <CountryField path={`passports.${i}.country`} label="Udstedt af" required value={x.country || null} onChange={(code) => row('passports', i, { country: code ?? '' })} />
                <TextField path={`passports.${i}.number`} label="Pasnummer" required={false} value={x.number} onChange={(v) => row('passports', i, { number: v })} />
                <TextField path={`passports.${i}.note`} label="Bemærkning" required={false} value={x.note} onChange={(v) => row('passports', i, { note: v })} hint="Fx hvem der opbevarer passet" />
                <button type="button" className="button button-tertiary" onClick={() => drop('passports', i)}>Fjern passet</button>
              </div>
            ))}
          </Rows>
          <TextArea path="reentryNote" required={false} label={TRAVEL_LABELS.reentryNote!} value={d.reentryNote} onChange={set('reentryNote')} rows={2} />

          <h4>Tillidspersoner</h4>
          <Rows path="trustedPersons" legend={TRAVEL_LABELS.trustedPersons!} hint="I Danmark og i udlandet, med kontaktoplysninger." addLabel="Tilføj tillidsperson"
            onAdd={() => set('trustedPersons')([...d.trustedPersons, { personId: null, name: '', relation: '', abroad: false, country: null, contact: '' }])}>
            {d.trustedPersons.map((x, i) => (
              <div key={i} className="travel-row">
                {persons.length > 0 && (
                  <SelectField path={`trustedPersons.${i}.personId`} label="En af sagens personer" required={false} value={x.personId ?? ''} placeholder="Ikke på sagen: skriv navnet"
                    onChange={(v) => row('trustedPersons', i, { personId: v || null })} options={persons} />
                )}
                {!x.personId && <TextField path={`trustedPersons.${i}.name`} label="Navn" value={x.name} onChange={(v) => row('trustedPersons', i, { name: v })} />}
                <TextField path={`trustedPersons.${i}.relation`} label="Relation" required={false} value={x.relation} onChange={(v) => row('trustedPersons', i, { relation: v })} />
                <TextField path={`trustedPersons.${i}.contact`} label="Kontaktoplysninger" required={false} value={x.contact} onChange={(v) => row('trustedPersons', i, { contact: v })} />
                <Checkbox path={`trustedPersons.${i}.abroad`} label="Befinder sig i udlandet" checked={x.abroad} onChange={(v) => row('trustedPersons', i, { abroad: v })} />
                {x.abroad && <CountryField path={`trustedPersons.${i}.country`} label="Land" value={x.country} onChange={(code) => row('trustedPersons', i, { country: code })} />}
                <button type="button" className="button button-tertiary" onClick={() => drop('trustedPersons', i)}>Fjern tillidspersonen</button>
              </div>
            ))}
          </Rows>
          <TextArea path="note" required={false} label={TRAVEL_LABELS.note!} value={d.note} onChange={set('note')} rows={3} hint="Til en senere efterlysning: højde, kendetegn, påklædning" />
          <button type="submit" className="button button-primary" disabled={form.busy}>{mode === 'new' ? 'Registrér rejsen' : 'Gem rejseoplysninger'}</button>
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}

export { codeOfCountry };

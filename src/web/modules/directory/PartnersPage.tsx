import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { CONCERN_TYPE_LABELS, codesOf } from '../../../server/shared/labels';
import { saveActor, saveConsultant, usePartnerDirectory, type Partner, type PartnerConsultantView } from './partners.api';

const REGIONS = ['Region Hovedstaden', 'Region Sjælland', 'Region Syddanmark', 'Region Midtjylland', 'Region Nordjylland'];

/** The admin keeps the partner directory: national actors and the consultants by region. */
export function PartnersPage() {
  const dir = usePartnerDirectory();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (dir.isPending) return <p aria-live="polite">Henter partnerkataloget …</p>;
  if (dir.isError) return <div className="alert alert-error" role="alert"><div className="alert-body"><p className="alert-text">Kataloget kunne ikke hentes.</p></div></div>;
  const done = (msg: string) => { setEditing(null); setStatus(msg); };
  return (
    <div>
      <h1>Partnerkatalog</h1>
      <p className="font-lead">Nationale aktører og sikkerhedskonsulenter, som borgerens side, sagerne og foranstaltningerne henter fra.</p>
      <div role="status" aria-live="polite">{status && <div className="alert alert-success"><div className="alert-body"><p className="alert-text">{status}</p></div></div>}</div>
      <h2>Nationale aktører</h2>
      <ul className="nobullet-list">
        {dir.data.actors.map((a) => (
          <li key={a.id} className="mb-5">
            {editing === `a-${a.id}` ? <ActorForm actor={a} onDone={done} onCancel={() => setEditing(null)} /> : (
              <>
                <h3 className="h4 mb-1">{a.name}</h3>
                <p className="mt-0 mb-1">{a.phone ? `Tlf. ${a.phone}` : 'Intet telefonnummer'} · {a.hours ?? 'Åbningstid ikke oplyst'}{a.eligibility && ` · For: ${a.eligibility}`}</p>
                <button type="button" className="button button-tertiary" onClick={() => { setStatus(null); setEditing(`a-${a.id}`); }}>Redigér {a.name}</button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h2>Sikkerhedskonsulenter</h2>
      <ul className="nobullet-list">
        {dir.data.consultants.map((c) => (
          <li key={c.id} className="mb-5">
            {editing === `c-${c.id}` ? <ConsultantForm consultant={c} onDone={done} onCancel={() => setEditing(null)} /> : (
              <>
                <h3 className="h4 mb-1">{c.name}</h3>
                <p className="mt-0 mb-1">Tlf. {c.phone} · {c.regions.join(', ')}{c.concernTypes.length > 0 && ` · Kun ${c.concernTypes.map((t) => CONCERN_TYPE_LABELS[t].toLowerCase()).join(' og ')}`}</p>
                <button type="button" className="button button-tertiary" onClick={() => { setStatus(null); setEditing(`c-${c.id}`); }}>Redigér {c.name}</button>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function useSave<T>(save: (v: T) => Promise<unknown>, onDone: (msg: string) => void, msg: string) {
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const submit = (value: T) => async (e: FormEvent) => {
    e.preventDefault();
    try {
      await save(value);
      await qc.invalidateQueries({ queryKey: ['partners'] });
      onDone(msg);
    } catch (err) {
      const body = err instanceof ApiError ? err.body : null;
      setError(body?.code === 'conflict.stale' ? 'En anden har ændret posten imens. Annullér og prøv igen.' : [body?.message, ...(body?.details ?? []).map((d) => d.message)].filter(Boolean).join(' '));
    }
  };
  return { error, submit };
}

const Err = ({ error }: { error: string | null }) => (error ? <div className="alert alert-error" role="alert" tabIndex={-1} ref={(el) => el?.focus()}><div className="alert-body"><p className="alert-text">{error}</p></div></div> : null);

function ActorForm({ actor, onDone, onCancel }: { actor: Partner; onDone: (m: string) => void; onCancel: () => void }) {
  const [v, setV] = useState(actor);
  const { error, submit } = useSave(saveActor, onDone, `${actor.name} er gemt.`);
  const field = (key: 'name' | 'phone' | 'hours' | 'eligibility' | 'description', label: string) => (
    <div className="form-group mt-3">
      <label className="form-label" htmlFor={`${actor.id}-${key}`}>{label}</label>
      <input className="form-input" id={`${actor.id}-${key}`} value={v[key] ?? ''} onChange={(e) => setV({ ...v, [key]: key === 'name' || key === 'description' ? e.target.value : e.target.value || null })} />
    </div>
  );
  return (
    <form onSubmit={submit(v)} aria-label={`Redigér ${actor.name}`}>
      <h3 className="h4">Redigér {actor.name}</h3>
      <Err error={error} />
      {field('name', 'Navn')}{field('phone', 'Telefon')}{field('hours', 'Åbningstid')}{field('eligibility', 'For hvem')}{field('description', 'Beskrivelse')}
      <div className="form-group-checkbox mt-3"><input type="checkbox" className="form-checkbox" id={`${actor.id}-open`} checked={v.alwaysOpen} onChange={(e) => setV({ ...v, alwaysOpen: e.target.checked })} /><label htmlFor={`${actor.id}-open`}>Døgnåben</label></div>
      <button type="submit" className="button button-primary mt-3">Gem</button>
      <button type="button" className="button button-tertiary mt-3 ml-4" onClick={onCancel}>Annullér</button>
    </form>
  );
}

function ConsultantForm({ consultant, onDone, onCancel }: { consultant: PartnerConsultantView; onDone: (m: string) => void; onCancel: () => void }) {
  const [v, setV] = useState(consultant);
  const { error, submit } = useSave(saveConsultant, onDone, `${consultant.name} er gemt.`);
  const toggle = <K extends 'regions' | 'concernTypes'>(key: K, item: PartnerConsultantView[K][number]) =>
    setV({ ...v, [key]: (v[key] as string[]).includes(item) ? (v[key] as string[]).filter((x) => x !== item) : [...v[key], item] });
  return (
    <form onSubmit={submit(v)} aria-label={`Redigér ${consultant.name}`}>
      <h3 className="h4">Redigér {consultant.name}</h3>
      <Err error={error} />
      <div className="form-group mt-3"><label className="form-label" htmlFor={`${consultant.id}-name`}>Navn</label><input className="form-input" id={`${consultant.id}-name`} value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} /></div>
      <div className="form-group mt-3"><label className="form-label" htmlFor={`${consultant.id}-phone`}>Telefon</label><input className="form-input" id={`${consultant.id}-phone`} value={v.phone} onChange={(e) => setV({ ...v, phone: e.target.value })} /></div>
      <fieldset className="mt-3"><legend className="form-label">Regioner</legend>
        {REGIONS.map((r) => <div className="form-group-checkbox" key={r}><input type="checkbox" className="form-checkbox" id={`${consultant.id}-${r}`} checked={v.regions.includes(r)} onChange={() => toggle('regions', r)} /><label htmlFor={`${consultant.id}-${r}`}>{r}</label></div>)}
      </fieldset>
      <fieldset className="mt-3"><legend className="form-label">Kun disse sagstyper (ingen valgt: alle)</legend>
        {codesOf(CONCERN_TYPE_LABELS).map((t) => <div className="form-group-checkbox" key={t}><input type="checkbox" className="form-checkbox" id={`${consultant.id}-${t}`} checked={v.concernTypes.includes(t)} onChange={() => toggle('concernTypes', t)} /><label htmlFor={`${consultant.id}-${t}`}>{CONCERN_TYPE_LABELS[t]}</label></div>)}
      </fieldset>
      <button type="submit" className="button button-primary mt-3">Gem</button>
      <button type="button" className="button button-tertiary mt-3 ml-4" onClick={onCancel}>Annullér</button>
    </form>
  );
}

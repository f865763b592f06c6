import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextField } from '../../app/form/fields';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { CaseNotFound } from '../cases/CaseNotFound';
import { CaseHeader, useCaseDetail } from '../safety/CaseHeader';
import { ACTOR_TYPE_LABELS, ACTOR_TYPES, DEPARTMENT_LABELS, MUNICIPAL_DEPARTMENTS, type ActorType, type MunicipalDepartment } from '../safety/labels';
import { actorDirectory, addActor, listActors } from './actorsApi';
import '../safety/safety.css';

const LABELS: Record<string, string> = {
  directoryActorId: 'Vælg fra kataloget', actorType: 'Type', name: 'Navn', department: 'Afdeling', phone: 'Telefon', email: 'E-mail',
};

/** A chosen directory entry's eligibility and description, so the consultant sees whether it fits the citizen. */
const chosenFor = (x: { eligibility?: string | null; description: string | null } | undefined) =>
  x ? [x.eligibility && `For: ${x.eligibility}`, x.description].filter(Boolean).join(' · ') || undefined : undefined;

/** Who takes part in the case, with or without an account (DOMAIN.md § 11.1, § 11.6), and on what basis we may share with them. */
export function ActorsPage() {
  const { caseId = '' } = useParams();
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const qc = useQueryClient();
  const c = useCaseDetail(caseId);
  const actors = useQuery({ queryKey: ['actors', caseId], queryFn: () => listActors(caseId) });
  const dir = useQuery({ queryKey: ['actors', 'directory', c.data?.responsibleMunicipalityCode], queryFn: () => actorDirectory(c.data!.responsibleMunicipalityCode), enabled: !!c.data });
  const [mode, setMode] = useState<'KATALOG' | 'MANUEL'>('KATALOG');
  const [d, setD] = useState({ directoryActorId: '', actorType: '' as ActorType | '', name: '', department: '' as MunicipalDepartment | '', phone: '', email: '' });
  const form = useCaseForm(Object.keys(LABELS));
  if (c.error instanceof ApiError && c.error.status === 404) return <CaseNotFound />;
  if (!c.data) return <p>Indlæser…</p>;
  return (
    <article className="safety-page">
      <CaseHeader c={c.data} title="Aktører" />
      <table className="table table--compact actors-table">
        <caption className="sr-only">Sagens aktører</caption>
        <thead><tr><th scope="col">Aktør</th><th scope="col">Type</th><th scope="col">Kontakt</th><th scope="col">Grundlag for deling</th></tr></thead>
        <tbody>
          {(actors.data?.items ?? []).map((a) => (
            <tr key={a.id}>
              <td>{a.name}{a.department && <><br />{DEPARTMENT_LABELS[a.department]}</>}</td>
              <td>{ACTOR_TYPE_LABELS[a.actorType]}{a.source === 'MANUEL' && <><br /><span className="form-hint">Indtastet</span></>}</td>
              <td>{a.phone && <>Tlf. <a href={`tel:${a.phone.replace(/\s/g, '')}`}>{a.phone}</a></>}{a.email && <><br />{a.email}</>}</td>
              <td className={a.sharing.allowed ? 'sharing-ok' : 'sharing-none'}>{a.sharing.allowed ? '' : <strong>Må ikke deles: </strong>}{a.sharing.explanation}</td>
            </tr>
          ))}
          {actors.data?.items.length === 0 && <tr><td colSpan={4}>Ingen aktører på sagen endnu.</td></tr>}
        </tbody>
      </table>
      {canWrite && (
        <section aria-labelledby="add-actor-h">
          <h2 id="add-actor-h">Tilføj en aktør</h2>
          <fieldset>
            <legend className="form-label">Hvordan</legend>
            {(['KATALOG', 'MANUEL'] as const).map((m) => (
              <div className="form-group-radio" key={m}>
                <input type="radio" className="form-radio" id={`actor-mode-${m}`} name="actor-mode" checked={mode === m} onChange={() => setMode(m)} />
                <label htmlFor={`actor-mode-${m}`}>{m === 'KATALOG' ? 'Fra kataloget (politi, myndigheder, kommunens afdelinger)' : 'Indtast selv (fx skolens AKT-lærer)'}</label>
              </div>
            ))}
          </fieldset>
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="actor" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'actor' }}>
            <form noValidate aria-label="Tilføj aktør"
              onSubmit={form.submit(
                () => (mode === 'KATALOG' ? { directoryActorId: d.directoryActorId ? undefined : 'Vælg en aktør' } : { actorType: d.actorType ? undefined : 'Vælg typen', name: d.name.trim() ? undefined : 'Angiv navnet' }),
                async () => {
                  const entry = dir.data?.items.find((x) => x.id === d.directoryActorId);
                  const a = mode === 'KATALOG'
                    ? await addActor(caseId, { actorType: entry!.actorType, directoryActorId: entry!.id })
                    : await addActor(caseId, {
                      actorType: d.actorType as ActorType, name: d.name, ...(d.department ? { department: d.department } : {}),
                      ...(d.phone ? { phone: d.phone } : {}), ...(d.email ? { email: d.email } : {}),
                    });
                  setD({ directoryActorId: '', actorType: '', name: '', department: '', phone: '', email: '' });
                  await qc.invalidateQueries({ queryKey: ['actors', caseId] });
                  return `${a.name} er tilføjet sagen.`;
                },
              )}>
              {mode === 'KATALOG' ? (
                <SelectField path="directoryActorId" label={LABELS.directoryActorId!} value={d.directoryActorId} placeholder="Vælg aktør"
                  hint={chosenFor(dir.data?.items.find((x) => x.id === d.directoryActorId))}
                  onChange={(v) => setD((p) => ({ ...p, directoryActorId: v }))}
                  options={(dir.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}${x.department ? `, ${DEPARTMENT_LABELS[x.department]}` : ''}${x.phone ? ` – tlf. ${x.phone}` : ''}` }))} />
              ) : (
                <>
                  <SelectField path="actorType" label={LABELS.actorType!} value={d.actorType} placeholder="Vælg type" onChange={(v) => setD((p) => ({ ...p, actorType: v as ActorType }))}
                    options={ACTOR_TYPES.map((t) => ({ value: t, label: ACTOR_TYPE_LABELS[t] }))} />
                  <TextField path="name" label={LABELS.name!} value={d.name} onChange={(v) => setD((p) => ({ ...p, name: v }))} />
                  {d.actorType === 'KOMMUNE' && (
                    <SelectField path="department" label={LABELS.department!} value={d.department} placeholder="Vælg afdeling" onChange={(v) => setD((p) => ({ ...p, department: v as MunicipalDepartment }))}
                      options={MUNICIPAL_DEPARTMENTS.map((x) => ({ value: x, label: DEPARTMENT_LABELS[x] }))} />
                  )}
                  <div className="form-row-2">
                    <TextField path="phone" label={LABELS.phone!} required={false} type="tel" inputMode="tel" value={d.phone} onChange={(v) => setD((p) => ({ ...p, phone: v }))} />
                    <TextField path="email" label={LABELS.email!} required={false} type="email" value={d.email} onChange={(v) => setD((p) => ({ ...p, email: v }))} />
                  </div>
                </>
              )}
              <button type="submit" className="button button-primary" disabled={form.busy}>Tilføj aktøren</button>
            </form>
          </FormErrorsContext.Provider>
        </section>
      )}
    </article>
  );
}

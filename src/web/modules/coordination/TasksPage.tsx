import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea, TextField, optionsOf } from '../../app/form/fields';
import { localDateValue } from '../intake/time';
import type { CaseDetail } from '../cases/casesApi';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { listAssessments } from '../risk/riskApi';
import { CaseSubPage, ownerOf, ownerOptions } from './CaseSubPage';
import { ActionCardTasks } from './ActionCardTasks';
import { createTask, gatherTasks, listActors, listTasks, patchTask, type Task } from './coordinationApi';
import { danishDate, SETTABLE_TASK_STATUSES, TASK_SOURCE_LABELS, TASK_STATUS_LABELS } from './labels';
import './coordination.css';

/** /sager/:id/opgaver: the case's tasks ("hvem gør hvad hvornår"), new tasks, and "who gathers what". */
export function TasksPage() {
  return <CaseSubPage title="Opgaver og koordinering">{(c) => <Tasks c={c} />}</CaseSubPage>;
}

function Tasks({ c }: { c: CaseDetail }) {
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const tasks = useQuery({ queryKey: ['cases', c.id, 'tasks'], queryFn: () => listTasks(c.id) });
  const actors = useQuery({ queryKey: ['cases', c.id, 'actors'], queryFn: () => listActors(c.id) });
  const owners = ownerOptions(c, actors.data?.items ?? []);
  const all = tasks.data?.tasks ?? [];
  const open = all.filter((t) => t.status === 'AABEN');
  const ended = all.filter((t) => t.status !== 'AABEN');
  return (
    <div>
      <h2>Åbne opgaver ({open.length})</h2>
      {tasks.isLoading && <p>Henter opgaver…</p>}
      {!tasks.isLoading && open.length === 0 && <p>Ingen åbne opgaver.</p>}
      <ul className="task-list">{open.map((t) => <TaskItem key={t.id} t={t} caseId={c.id} canWrite={canWrite} />)}</ul>
      {canWrite && <NewTask c={c} owners={owners} />}
      {canWrite && <ActionCardTasks c={c} owners={owners} />}
      {canWrite && <Gather c={c} owners={owners} />}
      {ended.length > 0 && (
        <>
          <h2>Afsluttede opgaver</h2>
          <ul className="task-list">{ended.map((t) => <TaskItem key={t.id} t={t} caseId={c.id} canWrite={canWrite} />)}</ul>
        </>
      )}
    </div>
  );
}

function TaskItem({ t, caseId, canWrite }: { t: Task; caseId: string; canWrite: boolean }) {
  const qc = useQueryClient();
  const LABELS: Record<string, string> = { status: 'Status', outcome: 'Hvad kom der ud af det' };
  const [d, setD] = useState({ status: t.status === 'ANNULLERET' ? 'AABEN' : t.status, outcome: t.outcome ?? '' });
  const form = useCaseForm(Object.keys(LABELS));
  const prefix = `task-${t.id.slice(0, 8)}`;
  return (
    <li className="task-item" id={`opgave-${t.id}`}>
      <h3>{t.title}</h3>
      <p>
        Ansvarlig: {t.owner.name || '—'} · Frist: {danishDate(t.deadline)}{t.overdue && <strong className="work-flag"> (overskredet)</strong>}
        {' '}· {TASK_STATUS_LABELS[t.status]}{t.source && t.source.type !== 'MANUEL' ? ` · Kilde: ${TASK_SOURCE_LABELS[t.source.type]}` : ''}
      </p>
      {t.outcome && t.status !== 'AABEN' && <p className="text-pre">{t.outcome}</p>}
      {canWrite && (
        <details className="details">
          <summary className="details-summary"><span className="details-summary-text">Opdatér opgaven</span></summary>
          <div className="details-text">
            <Done message={form.done} />
            <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={prefix} />
            <FormErrorsContext.Provider value={{ errors: form.errors, prefix }}>
              <form noValidate aria-label={`Opdatér opgaven ${t.title}`} onSubmit={form.submit(() => ({}), async () => {
                await patchTask(t.id, { version: t.version, status: d.status, outcome: d.outcome });
                await qc.invalidateQueries({ queryKey: ['cases', caseId, 'tasks'] });
                await qc.invalidateQueries({ queryKey: ['me', 'work'] });
                return 'Opgaven er opdateret.';
              })}>
                <SelectField path="status" label={LABELS.status!} value={d.status} onChange={(v) => setD((p) => ({ ...p, status: v as typeof d.status }))}
                  options={optionsOf(TASK_STATUS_LABELS, SETTABLE_TASK_STATUSES)} />
                <TextArea path="outcome" label={LABELS.outcome!} required={false} rows={2} value={d.outcome} onChange={(v) => setD((p) => ({ ...p, outcome: v }))} />
                <button type="submit" className="button button-secondary" disabled={form.busy}>Gem</button>
              </form>
            </FormErrorsContext.Provider>
          </div>
        </details>
      )}
    </li>
  );
}

function NewTask({ c, owners }: { c: CaseDetail; owners: { value: string; label: string }[] }) {
  const qc = useQueryClient();
  const LABELS: Record<string, string> = { title: 'Opgave', owner: 'Ansvarlig', deadline: 'Frist' };
  const [d, setD] = useState({ title: '', owner: '', deadline: localDateValue() });
  const form = useCaseForm(Object.keys(LABELS));
  return (
    <section aria-labelledby="new-task-heading">
      <h2 id="new-task-heading">Ny opgave</h2>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="newtask" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'newtask' }}>
        <form noValidate aria-label="Ny opgave" onSubmit={form.submit(
          () => ({ title: d.title.trim() ? undefined : 'Skriv hvad der skal gøres.', owner: d.owner ? undefined : 'Vælg hvem der er ansvarlig.' }),
          async () => {
            await createTask(c.id, { title: d.title.trim(), owner: ownerOf(d.owner), deadline: d.deadline });
            setD((p) => ({ ...p, title: '' }));
            await qc.invalidateQueries({ queryKey: ['cases', c.id, 'tasks'] });
            await qc.invalidateQueries({ queryKey: ['me', 'work'] });
            return 'Opgaven er oprettet.';
          },
        )}>
          <TextField path="title" label={LABELS.title!} value={d.title} onChange={(v) => setD((p) => ({ ...p, title: v }))} />
          <div className="form-row-2">
            <SelectField path="owner" label={LABELS.owner!} value={d.owner} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, owner: v }))} options={owners}
              hint="En bruger med adgang til sagen, eller en aktør på sagen (fx politiet eller skolen)." />
            <TextField path="deadline" type="date" label={LABELS.deadline!} value={d.deadline} onChange={(v) => setD((p) => ({ ...p, deadline: v }))} />
          </div>
          <button type="submit" className="button button-primary" disabled={form.busy}>Opret opgave</button>
        </form>
      </FormErrorsContext.Provider>
    </section>
  );
}

/** "Hvem indhenter hvad": every factor rated Ukendt or without a source becomes a gathering task in one go. */
function Gather({ c, owners }: { c: CaseDetail; owners: { value: string; label: string }[] }) {
  const qc = useQueryClient();
  const assessments = useQuery({ queryKey: ['risk', c.id, 'assessments'], queryFn: () => listAssessments(c.id) });
  const latest = [...(assessments.data?.assessments ?? [])].sort((a, b) => b.version - a.version)[0];
  const LABELS: Record<string, string> = { owner: 'Hvem indhenter', deadline: 'Frist', assessmentId: 'Risikovurdering' };
  const [d, setD] = useState({ owner: '', deadline: localDateValue() });
  const form = useCaseForm(Object.keys(LABELS));
  if (!latest) return null;
  return (
    <section aria-labelledby="gather-heading">
      <h2 id="gather-heading">Hvem indhenter hvad</h2>
      <p>Fra risikovurdering nr. {latest.version} ({latest.status === 'AFSLUTTET' ? 'afsluttet' : 'udkast'}): hver faktor, der er vurderet »Ukendt« eller uden kilde, bliver en opgave om at indhente oplysningerne.</p>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="gather" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'gather' }}>
        <form noValidate aria-label="Hvem indhenter hvad" onSubmit={form.submit(
          () => ({ owner: d.owner ? undefined : 'Vælg hvem der indhenter oplysningerne.' }),
          async () => {
            const r = await gatherTasks(c.id, { assessmentId: latest.id, owner: ownerOf(d.owner), deadline: d.deadline });
            await qc.invalidateQueries({ queryKey: ['cases', c.id, 'tasks'] });
            return r.created.length ? `${r.created.length} indhentningsopgaver er oprettet.` : 'Alle faktorer har allerede en indhentningsopgave.';
          },
        )}>
          <div className="form-row-2">
            <SelectField path="owner" label={LABELS.owner!} value={d.owner} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, owner: v }))} options={owners} />
            <TextField path="deadline" type="date" label={LABELS.deadline!} value={d.deadline} onChange={(v) => setD((p) => ({ ...p, deadline: v }))} />
          </div>
          <button type="submit" className="button button-secondary" disabled={form.busy}>Opret indhentningsopgaver</button>
        </form>
      </FormErrorsContext.Provider>
    </section>
  );
}

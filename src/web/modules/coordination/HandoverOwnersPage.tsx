import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField } from '../../app/form/fields';
import { useForm } from '../../app/form/useForm';
import type { CaseDetail } from '../cases/casesApi';
import { CaseSubPage, ownerOf, ownerOptions, type OwnerOption } from './CaseSubPage';
import { decideHandoverOwners, getHandoverOwners, listActors, type HandoverOwners } from './coordinationApi';
import { danishDate } from './labels';
import './coordination.css';

type Item = HandoverOwners['items'][number];
const KIND_LABELS: Record<Item['kind'], string> = { TASK: 'Opgave', MEASURE: 'Foranstaltning' };

/**
 * /sager/:id/overtag (issues 10 and 11): after a handover, each task and measure the previous caseworker owned
 * waits here until the receiver takes it over or gives it to someone else of the case; the work queue and the
 * case overview link here.
 */
export function HandoverOwnersPage() {
  return <CaseSubPage title="Overtag eller fordel efter overdragelsen">{(c) => <HandoverOwners c={c} />}</CaseSubPage>;
}

function HandoverOwners({ c }: { c: CaseDetail }) {
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const pending = useQuery({ queryKey: ['cases', c.id, 'handover-owners'], queryFn: () => getHandoverOwners(c.id) });
  const actors = useQuery({ queryKey: ['cases', c.id, 'actors'], queryFn: () => listActors(c.id) });
  const me = user ? `u:${user.id}` : '';
  const owners = ownerOptions(c, actors.data?.items ?? []).map((o) => (o.value === me ? { ...o, label: `Mig selv (${o.label})` } : o));
  const items = pending.data?.items ?? [];
  const all = useForm([]);
  const qc = useQueryClient();
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ['cases', c.id] }), qc.invalidateQueries({ queryKey: ['me', 'work'] })]);
  const mayTake = owners.some((o) => o.value === me);
  // One announcement for the page: a chosen item leaves the list, so its own form cannot say it.
  const [said, setSaid] = useState<string | null>(null);
  return (
    <div>
      <Done message={said ?? all.done} />
      {pending.isLoading && <p>Henter…</p>}
      {!pending.isLoading && items.length === 0 && (
        <p>Intet venter: alle opgaver og foranstaltninger på sagen har en ansvarlig. <Link to={`/sager/${c.id}`}>Tilbage til sagen</Link></p>
      )}
      {items.length > 0 && (
        <>
          <p>
            Sagen er overdraget. Den tidligere sagsbehandlers opgaver og foranstaltninger venter på, at du overtager dem
            eller giver dem til en anden på sagen. Dit valg skrives i journalen.
          </p>
          {canWrite && mayTake && (
            <>
              <ErrorSummary errors={all.errors} general={all.general} labels={{}} version={all.attempt} prefix="take-all" />
              <form noValidate aria-label="Overtag alle" onSubmit={all.submit(() => ({}), async () => {
                setSaid(null);
                await decideHandoverOwners(c.id, items.map((i) => ({ kind: i.kind, id: i.id, version: i.version, owner: ownerOf(me) })));
                await refresh();
                return `Du har overtaget ${items.length === 1 ? 'den ene' : `alle ${items.length}`}.`;
              })}>
                <button type="submit" className="button button-primary" disabled={all.busy}>Overtag alle selv</button>
              </form>
            </>
          )}
          <ul className="task-list" aria-label="Venter på et valg">
            {items.map((i) => <Decision key={i.id} item={i} caseId={c.id} owners={owners} me={mayTake ? me : ''} canWrite={canWrite} refresh={refresh} onDone={setSaid} />)}
          </ul>
        </>
      )}
    </div>
  );
}

function Decision({ item, caseId, owners, me, canWrite, refresh, onDone }: {
  item: Item; caseId: string; owners: OwnerOption[]; me: string; canWrite: boolean; refresh: () => Promise<unknown>; onDone: (m: string) => void;
}) {
  const LABELS: Record<string, string> = { owner: `Ny ansvarlig for ${item.title}` };
  const [owner, setOwner] = useState(me);
  const form = useForm(Object.keys(LABELS));
  const prefix = `overtag-${item.id.slice(0, 8)}`;
  return (
    <li className="task-item" id={`overtag-${item.id}`}>
      <h3>{KIND_LABELS[item.kind]}: {item.title}</h3>
      <p>
        {item.statusLabel} · {item.kind === 'TASK' ? 'Frist' : 'Slutter'}: {danishDate(item.due)}
        {item.previousOwner && <> · Tidligere ansvarlig: {item.previousOwner}</>}
        {item.owner.name && item.owner.name !== item.previousOwner && <> · Flyttet til: {item.owner.name}</>}
      </p>
      {canWrite && (
        <>
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={prefix} />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix }}>
            <form noValidate aria-label={`Vælg ansvarlig for ${item.title}`} className="form-row-2"
              onSubmit={form.submit(
                () => ({ owner: owner ? undefined : 'Vælg hvem der overtager.' }),
                async () => {
                  await decideHandoverOwners(caseId, [{ kind: item.kind, id: item.id, version: item.version, owner: ownerOf(owner) }]);
                  const who = owners.find((o) => o.value === owner)?.label ?? '';
                  onDone(owner === me ? `Du har overtaget ${item.title}.` : `${item.title} er givet til ${who}.`);
                  await refresh();
                  return null;
                },
              )}>
              <SelectField path="owner" label={LABELS.owner!} value={owner} placeholder="Vælg" onChange={setOwner} options={owners} />
              <button type="submit" className="button button-secondary" disabled={form.busy}>{owner === me ? 'Overtag' : 'Giv videre'}</button>
            </form>
          </FormErrorsContext.Provider>
        </>
      )}
    </li>
  );
}

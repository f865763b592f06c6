import { useState } from 'react';
import { may } from '../../../app/roles';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../app/api';
import { useAuth } from '../../../app/auth';
import { formatDate } from '../../intake/time';
import { getAccessCandidates, getExclusions, getParticipants, liftExclusion, type CaseDetail, type Exclusion } from '../casesApi';
import { Done } from '../../../app/Done';
import { PARTICIPANT_ROLE_LABELS, STAFF_ROLE_LABELS, accessKeys } from './accessLabels';
import { AddParticipantForm } from './AddParticipantForm';
import { ExcludeUserForm, type ExcludeOption } from './ExcludeUserForm';

/**
 * "Adgang til sagen": who works on the case, who is shut out of it, and the forms to change both. Consultants of
 * the region see the case anyway; the municipality's caseworkers only once added. Colleague names come from
 * the case-access routes, which answer only someone who already sees the case.
 */
export function CaseAccessPanel({ caseData }: { caseData: CaseDetail }) {
  const id = caseData.id;
  const { user } = useAuth();
  const qc = useQueryClient();
  const participants = useQuery({ queryKey: accessKeys.participants(id), queryFn: () => getParticipants(id).then((r) => r.items) });
  const exclusions = useQuery({ queryKey: accessKeys.exclusions(id), queryFn: () => getExclusions(id).then((r) => r.items) });
  const candidates = useQuery({ queryKey: accessKeys.candidates(id), queryFn: () => getAccessCandidates(id).then((r) => r.items) });
  const changed = () => void qc.invalidateQueries({ queryKey: ['cases', id] });
  const mayAdd = may(user, 'case.update');

  const taking = new Set((participants.data ?? []).map((p) => p.userId));
  const shut = new Set((exclusions.data ?? []).map((e) => e.userId));
  const addable = (candidates.data ?? []).filter((c) => !taking.has(c.userId) && !shut.has(c.userId));
  const excludable = new Map<string, ExcludeOption>();
  for (const p of [...(participants.data ?? []), ...(candidates.data ?? [])]) {
    const responsible = p.userId === caseData.responsibleCaseworker?.id || ('participantRole' in p && p.participantRole === 'RESPONSIBLE_CASEWORKER');
    // Excluding oneself (a recusal) is possible through the API, but not offered here by a slip of the hand.
    if (!responsible && !shut.has(p.userId) && p.userId !== user?.id) excludable.set(p.userId, p);
  }
  const failed = [participants, exclusions, candidates].find((q) => q.error);

  return (
    <div className="case-access">
      <p className="form-hint">
        Regionens sikkerhedskonsulenter kan se sagen. Kommunens sagsbehandlere kan kun se den, når de er tilføjet. En udelukket medarbejder kan ikke se sagen, uanset rolle.
      </p>
      {failed && <p role="alert">{failed.error instanceof ApiError ? failed.error.body.message : 'Adgangsoplysningerne kunne ikke hentes.'}</p>}
      <h3>Deltagere</h3>
      {participants.isLoading ? <p>Indlæser…</p> : (
        <table className="table table--zebra">
          <caption className="sr-only">Deltagere i sagen</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Rolle i sagen</th><th scope="col">Tilføjet</th></tr></thead>
          <tbody>
            {(participants.data ?? []).map((p) => (
              <tr key={p.userId}>
                <td>{p.displayName}</td>
                <td>{PARTICIPANT_ROLE_LABELS[p.participantRole]}</td>
                <td>{formatDate(p.addedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayAdd && candidates.data && <AddParticipantForm caseId={id} candidates={addable} onChanged={changed} />}
      <h3>Udelukkede medarbejdere</h3>
      <Exclusions caseId={id} items={exclusions.data ?? []} loading={exclusions.isLoading} onChanged={changed} />
      {candidates.data && participants.data && <ExcludeUserForm caseId={id} options={[...excludable.values()]} onChanged={changed} />}
    </div>
  );
}

function Exclusions({ caseId, items, loading, onChanged }: { caseId: string; items: Exclusion[]; loading: boolean; onChanged: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function lift(e: Exclusion) {
    setMessage(null);
    setError(null);
    try {
      await liftExclusion(caseId, e.userId);
      setMessage(`Udelukkelsen af ${e.displayName} er ophævet. Skal medarbejderen arbejde på sagen, skal vedkommende tilføjes igen.`);
      onChanged();
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : 'Udelukkelsen kunne ikke ophæves.');
    }
  }
  if (loading) return <p>Indlæser…</p>;
  return (
    <>
      <Done message={message} />
      {error && <p role="alert" className="text-error">{error}</p>}
      {items.length === 0 ? <p>Ingen medarbejdere er udelukket fra sagen.</p> : (
        <table className="table table--zebra">
          <caption className="sr-only">Udelukkede medarbejdere</caption>
          <thead><tr><th scope="col">Navn</th><th scope="col">Begrundelse</th><th scope="col">Udelukket</th><th scope="col"><span className="sr-only">Handling</span></th></tr></thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.userId}>
                <td>{e.displayName}<br /><span className="form-hint">{STAFF_ROLE_LABELS[e.role]}</span></td>
                <td>{e.reason}</td>
                <td>{formatDate(e.excludedAt)}</td>
                <td>
                  <button type="button" className="button button-tertiary d-print-none" onClick={() => void lift(e)} aria-label={`Ophæv udelukkelse af ${e.displayName}`}>
                    Ophæv udelukkelse
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

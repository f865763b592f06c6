import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { getCase, type CaseDetail } from '../cases/casesApi';
import { CaseNotFound } from '../cases/CaseNotFound';

/** The frame of the coordination pages under a case: back link, heading with the case number, 404 as the case page. */
export function CaseSubPage({ title, children }: { title: string; children: (c: CaseDetail) => ReactNode }) {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: ['cases', id], queryFn: () => getCase(id) });
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) return <CaseNotFound />;
  if (q.error || !q.data) return <p role="alert">Sagen kunne ikke hentes.</p>;
  return (
    <article>
      <p className="d-print-none"><Link className="back-link" to={`/sager/${id}`}>Tilbage til sag {q.data.caseNumber}</Link></p>
      <h1>{title} <span className="weight-normal">– sag {q.data.caseNumber}</span></h1>
      {children(q.data)}
    </article>
  );
}

export interface OwnerOption { value: string; label: string }
/** Who can own a task: the case's people with an account, and its actors (keyed `u:` / `a:`). */
export function ownerOptions(c: CaseDetail, actors: { id: string; name: string }[]): OwnerOption[] {
  const people = [c.responsibleCaseworker, ...c.consultants].filter((u): u is { id: string; displayName: string } => !!u?.id);
  const seen = new Set<string>();
  return [
    ...people.filter((u) => !seen.has(u.id) && seen.add(u.id)).map((u) => ({ value: `u:${u.id}`, label: u.displayName })),
    ...actors.map((a) => ({ value: `a:${a.id}`, label: `${a.name} (uden adgang til Skjold)` })),
  ];
}
export const ownerOf = (v: string) => (v.startsWith('u:') ? { userId: v.slice(2) } : { actorId: v.slice(2) });

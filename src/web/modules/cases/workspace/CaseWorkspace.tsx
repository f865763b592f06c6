import { Suspense } from 'react';
import { Link, Outlet, useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { Flash } from '../../intake/Flash';
import { AcuteBanner } from '../AcuteBanner';
import { CaseNotFound } from '../CaseNotFound';
import type { CaseSectionProps } from '../caseSections';
import { CaseHeader } from './CaseHeader';
import { CaseSideNav } from './CaseSideNav';
import { Confidential } from './Confidential';
import { useCase } from './useCase';
import '../cases.css';

/**
 * /sager/:id and its sections: the case's title and key facts, a side navigation by the seven questions, and the
 * chosen page (the overview or one section of the registry, caseSections.tsx) beside it.
 */
export function CaseWorkspace() {
  const { id = '' } = useParams();
  const { query: q, refresh } = useCase(id);
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) return <CaseNotFound />;
  if (q.error || !q.data) return <p role="alert">Sagen kunne ikke hentes.</p>;
  const c = q.data;
  const context: CaseSectionProps = { caseData: c, refresh };
  return (
    <article className="case-page">
      <Confidential />
      <Flash />
      {c.acute && <AcuteBanner />}
      <div className="case-title">
        <h1>
          Sag {c.caseNumber}
          {c.citizen && <span className="case-title-name"> – {c.citizen.name}</span>}
        </h1>
        <Link className="button button-secondary d-print-none" to={`/sager/${encodeURIComponent(c.id)}/udskriv`}>Udskriv sagen</Link>
      </div>
      <CaseHeader c={c} />
      <div className="row case-workspace">
        <div className="col-12 col-lg-4 col-xl-3">
          <CaseSideNav caseId={c.id} />
        </div>
        <div className="col-12 col-lg-8 col-xl-9 case-workspace-main">
          <Suspense fallback={<p>Indlæser…</p>}>
            <Outlet context={context} />
          </Suspense>
        </div>
      </div>
    </article>
  );
}

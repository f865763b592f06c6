import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { DutyToNotifyPanel } from '../DutyToNotifyPanel';
import { AcuteBanner } from '../AcuteBanner';
import { CaseNotFound } from '../CaseNotFound';
import { CASE_QUESTIONS, CASE_SECTIONS, type CaseSection, type CaseSectionProps } from '../caseSections';
import { CaseHeader } from './CaseHeader';
import { caseTodos } from './caseTodos';
import { Confidential } from './Confidential';
import { useCase } from './useCase';
import '../cases.css';

const GROUPS = [{ id: 'sagen' as const, heading: 'Sagen' }, ...CASE_QUESTIONS];

/**
 * /sager/:id/udskriv: the whole case as one record for print or "Gem som PDF": marked confidential with who
 * printed it and when, every section of the registry in order except those marked `print: false` (the access
 * list, with its exclusions and their reasons, never leaves the screen). Forms and buttons are not shown.
 */
export function CasePrintPage() {
  const { id = '' } = useParams();
  const { query: q, refresh } = useCase(id);
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) return <CaseNotFound />;
  if (q.error || !q.data) return <p role="alert">Sagen kunne ikke hentes.</p>;
  const c = q.data;
  const props: CaseSectionProps = { caseData: c, refresh };
  const printed = (s: CaseSection) => s.print !== false;
  const todos = caseTodos(c);
  return (
    <article className="case-print">
      <div className="d-print-none print-actions">
        <Link to={`/sager/${encodeURIComponent(c.id)}`} className="back-link">Tilbage til sagen</Link>
        <button type="button" className="button button-primary print-button" onClick={() => window.print()}>Udskriv</button>
      </div>
      <Confidential visible />
      <h1>Sag {c.caseNumber}{c.citizen && <span className="case-title-name"> – {c.citizen.name}</span>}</h1>
      {c.acute && <AcuteBanner />}
      <CaseHeader c={c} />
      <DutyToNotifyPanel caseData={c} refresh={refresh} />
      {todos.length > 0 && (
        <section aria-labelledby="print-todo-heading">
          <h2 id="print-todo-heading">Det skal gøres</h2>
          <ul>{todos.map((t, i) => <li key={i}>{t.text}</li>)}</ul>
        </section>
      )}
      <Suspense fallback={<p>Indlæser sagens afsnit…</p>}>
        {GROUPS.map((g, i) => {
          const sections = CASE_SECTIONS.filter((s) => s.question === g.id && printed(s));
          const headingId = `print-${g.id}-heading`;
          return (
            <section key={g.id} aria-labelledby={headingId} className="case-question">
              <h2 id={headingId}>{g.id === 'sagen' ? g.heading : `${i}. ${g.heading}`}</h2>
              {sections.length === 0 && <p className="form-hint">Intet registreret.</p>}
              {sections.map((s) => {
                const Component = s.component;
                return (
                  <section key={s.path} id={`afsnit-${s.path}`} aria-labelledby={`print-${s.path}-heading`} className="case-section">
                    <h3 id={`print-${s.path}-heading`}>{s.title}</h3>
                    <Component {...props} />
                  </section>
                );
              })}
            </section>
          );
        })}
      </Suspense>
    </article>
  );
}

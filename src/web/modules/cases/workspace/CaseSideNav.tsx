import { NavLink, useMatch } from 'react-router';
import { CASE_QUESTIONS, sectionPath, sectionsOf, type CaseSection } from '../caseSections';

/**
 * DKFDS side navigation (`sidemenu`) of the workspace: the overview, the case's own facts, then the seven
 * questions, each listing the sections of the registry that answer it (caseSections.tsx). A question nothing
 * answers yet says so instead of linking nowhere.
 */
export function CaseSideNav({ caseId }: { caseId: string }) {
  const base = `/sager/${encodeURIComponent(caseId)}`;
  const overview = useMatch({ path: base, end: true });
  return (
    <nav aria-label="Sagens afsnit" className="case-sidenav d-print-none">
      <ul className="sidemenu">
        <li className={overview ? 'active current' : undefined}>
          <NavLink end to={base} className="nav-link"><span>Overblik</span></NavLink>
        </li>
        {sectionsOf('sagen').map((s) => (
          <TopItem key={s.path} caseId={caseId} section={s} />
        ))}
        {CASE_QUESTIONS.map((q, i) => <QuestionItem key={q.id} caseId={caseId} number={i + 1} heading={q.heading} sections={sectionsOf(q.id)} />)}
      </ul>
    </nav>
  );
}

function TopItem({ caseId, section }: { caseId: string; section: CaseSection }) {
  const to = sectionPath(caseId, section.path);
  const current = useMatch({ path: to, end: true });
  return (
    <li className={current ? 'active current' : undefined}>
      <NavLink end to={to} className="nav-link"><span>{section.title}</span></NavLink>
    </li>
  );
}

function QuestionItem({ caseId, number, heading, sections }: { caseId: string; number: number; heading: string; sections: CaseSection[] }) {
  const here = useMatch({ path: `/sager/:id/:section`, end: true })?.params.section;
  const active = sections.some((s) => s.path === here);
  return (
    <li className={active ? 'active' : undefined}>
      <span className="sidenav-question">
        <span className="sidenav-question-number">{number}.</span> {heading}
        {sections.length === 0 && <span className="sidenav-information">Intet at registrere her endnu</span>}
      </span>
      {sections.length > 0 && (
        <ul>
          {sections.map((s) => (
            <li key={s.path} className={s.path === here ? 'current' : undefined}>
              <NavLink end to={sectionPath(caseId, s.path)} className="nav-link"><span>{s.title}</span></NavLink>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

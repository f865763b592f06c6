import { Link } from 'react-router';
import { formatDate } from '../../../app/format';
import { RISK_LEVEL_LABELS, label } from '../../../app/labels';
import { DutyToNotifyPanel } from '../DutyToNotifyPanel';
import { CASE_SECTIONS, sectionPath } from '../caseSections';
import { AcuteToggle } from './AcuteToggle';
import { CoverageList } from '../../safety/CoverageList';
import { caseTodos } from './caseTodos';
import { useCaseContext } from './useCase';

/** /sager/:id: where the case stands, the duty to notify, and what needs doing, each with a link to where it is done. */
export function CaseOverview() {
  const { caseData: c, refresh } = useCaseContext();
  const todos = caseTodos(c);
  const titleOf = (path: string) => CASE_SECTIONS.find((s) => s.path === path)?.title ?? path;
  return (
    <section aria-labelledby="overblik-heading" className="case-section">
      <h2 id="overblik-heading">Overblik</h2>
      <DutyToNotifyPanel caseData={c} refresh={refresh} />
      <section aria-labelledby="todo-heading" className="case-todos">
        <h3 id="todo-heading">Det skal gøres</h3>
        {todos.length === 0 ? <p>Der er ikke noget udestående på sagen.</p> : (
          <ul className="todo-list">
            {todos.map((t, i) => (
              <li key={i} className={t.urgent ? 'todo-urgent' : undefined}>
                {t.urgent && <span className="badge badge-warning">Vigtigt</span>} {t.text}{' '}
                {t.link ? <Link to={t.link.to}>{t.link.text}</Link>
                  : t.path ? <Link to={sectionPath(c.id, t.path)}>Gå til {titleOf(t.path).toLowerCase()}</Link> : <a href="#duty-heading">Registrér underretning</a>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <h3>Fare og risiko</h3>
      <dl className="summary-list">
        <dt>Akut fare</dt>
        <dd>{c.acute ? <strong className="text-error">Ja – ring 112 ved akut fare</strong> : 'Nej'}</dd>
        <dt>Aktuelt risikoniveau</dt>
        <dd>{c.currentRiskLevel ? <Link to={sectionPath(c.id, 'risiko')}>{riskText(c.currentRiskLevel)}</Link> : <>Ikke vurderet endnu – <Link to={sectionPath(c.id, 'risiko')}>screening og risikovurdering</Link></>}</dd>
        <dt>Næste opfølgning</dt>
        <dd>{c.followUpDueAt ? formatDate(c.followUpDueAt) : 'Ikke fastsat'}{c.overdue && <> – <strong className="text-error">overskredet</strong></>}</dd>
      </dl>
      <AcuteToggle caseData={c} refresh={refresh} />
      <h3>Sikkerhed: scenarier og foranstaltninger i kraft</h3>
      {/* Issue 10 item 4: each scenario of the latest signed assessment with what is in force against it; a HOEJ one without is "Ikke dækket". */}
      <CoverageList caseId={c.id} />
      <p><Link to={sectionPath(c.id, 'sikkerhed')}>Gå til sikkerhedsplan og foranstaltninger</Link></p>
      <h3>Sagen</h3>
      <dl className="summary-list">
        <dt>Sikkerhedskonsulenter</dt>
        <dd>{c.consultants.length ? c.consultants.map((u) => u.displayName).join(', ') : '—'}</dd>
        <dt>Oprettet</dt>
        <dd>{formatDate(c.createdAt)}</dd>
        <dt>Personer</dt>
        <dd><Link to={sectionPath(c.id, 'personer')}>{personCount(c.persons.length + (c.citizen && !c.persons.some((p) => p.id === c.citizen?.id) ? 1 : 0))}</Link></dd>
      </dl>
    </section>
  );
}

const riskText = (level: string) => label(RISK_LEVEL_LABELS, level);
const personCount = (n: number) => (n === 1 ? '1 person' : `${n} personer`);

import { formatDate as formatDanishDate } from '../../app/format';
import { DEPARTMENT_LABELS, type Plan } from './preparedness.api';

const who = (p: { name: string; phone: string; email: string }) => [p.name, p.phone && `tlf. ${p.phone}`, p.email].filter(Boolean).join(', ');
const Text = ({ value }: { value: string }) => <>{value.split(/\n{2,}/).filter(Boolean).map((p) => <p key={p}>{p}</p>)}</>;

/** The plan as a document: the order of seed 004 (purpose, organisation, action cards, contacts, status). */
export function PlanDocument({ plan }: { plan: Plan }) {
  const c = plan.content;
  return (
    <div className="plan-document">
      <p>
        Vedtaget {formatDanishDate(plan.adoptedOn)} · revideres senest {formatDanishDate(plan.revisionDueOn)}
        {plan.overdue && <strong className="text-error"> – revisionsfristen er overskredet</strong>} · version {plan.version}
      </p>
      <h2>Formål og definitioner</h2>
      <Text value={c.purpose} />
      <Text value={c.definitions} />
      {c.scope && <><h2>Omfang i kommunen</h2><Text value={c.scope} /></>}
      <h2>Organisering</h2>
      {c.responsibleDepartment && <p>Ansvarlig afdeling: {c.responsibleDepartment}</p>}
      <h3>Teamet</h3>
      {c.team.length ? <ul>{c.team.map((m, i) => <li key={i}><strong>{DEPARTMENT_LABELS[m.department]}</strong>: {who(m)}{m.title && ` (${m.title})`}</li>)}</ul> : <p>Teamet er ikke navngivet.</p>}
      {c.knowledgePersons.length > 0 && <><h3>Videnspersoner</h3><ul>{c.knowledgePersons.map((k, i) => <li key={i}><strong>{k.workplace}</strong>: {who(k)}</li>)}</ul></>}
      {c.actionCards.length > 0 && (
        <>
          <h2>Action cards</h2>
          {c.actionCards.map((a, i) => (
            <section key={i} className="mb-5">
              <h3>{DEPARTMENT_LABELS[a.department]}</h3>
              <dl>
                <dt>Hvad skal du være opmærksom på</dt><dd>{a.lookFor || '–'}</dd>
                <dt>Hvad gør du</dt><dd>{a.whatToDo || '–'}</dd>
                <dt>Hvem kontakter du</dt><dd>{a.whomToCall || '–'}</dd>
              </dl>
            </section>
          ))}
        </>
      )}
      {c.contacts.length > 0 && <><h2>Kontakter</h2><ul>{c.contacts.map((k, i) => <li key={i}>{[k.organisation, who(k), k.note].filter(Boolean).join(' – ')}</li>)}</ul></>}
      <h2 id="sagsoverblik">Anonymiseret sagsoverblik</h2>
      {plan.overview?.rows.length ? (
        <>
          <p>Tal fra Skjolds statistik for {plan.municipalityName} Kommune. Tal under 5 vises som »&lt;5«, og tal, der ellers kunne afsløre et andet, som »–«.</p>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">Anonymiseret sagsoverblik for {plan.municipalityName} Kommune</caption>
              <thead>
                <tr><th scope="col">Tal</th>{plan.overview.periods.map((p) => <th key={p.key} scope="col" className="align-text-right">{p.label}</th>)}</tr>
              </thead>
              <tbody>
                {plan.overview.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    {r.cells.map((c, i) => <td key={i} className="align-text-right">{c.count !== null ? c.count : c.mark ?? '–'}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : <p>Der er ingen tal fra statistikken for kommunen.</p>}
      <h2 id="aarlig-status">Årlig status</h2>
      {c.annualStatus.length ? (
        [...c.annualStatus].sort((a, b) => b.year - a.year).map((s) => (
          <section key={s.year}>
            <h3>{s.year}</h3>
            {s.casesInYear !== null && <p>Sager i året: {s.casesInYear}</p>}
            {s.newLaw && <p>Ny lovgivning: {s.newLaw}</p>}
            {s.changes && <p>Ændringer: {s.changes}</p>}
          </section>
        ))
      ) : <p>Ingen årlig status registreret.</p>}
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { RISK_LEVEL_LABELS } from './labels';
import { ActionFromSource } from './ActionFromSource';
import { DisclosurePanel } from './DisclosurePanel';
import { ChangedMark } from './fields';
import { formatDate, getActions, reportUrl, type AssessmentView, type Instrument } from './riskApi';

/** A signed assessment: read-only, printable, shareable as PDF; its recommendations and measures become action. */
export function AssessmentReadView({ view, instrument, canWrite }: { view: AssessmentView; instrument: Instrument; canWrite: boolean }) {
  const actions = useQuery({ queryKey: ['risk', view.caseId, 'actions'], queryFn: () => getActions(view.caseId) });
  // No CPR number in a shared PDF unless the user chooses it here (the export log records the choice).
  const [includeCpr, setIncludeCpr] = useState(false);
  const c = view.content;
  const rating = (code: string | null) => instrument.ratingScale.find((r) => r.code === code)?.label ?? '–';
  const changed = (path: string) => view.changedFromPrevious.some((p) => p === path || p.startsWith(`${path}.`));
  const source = { caseId: view.caseId, assessmentId: view.id, actions: actions.data, canWrite };

  return (
    <article className="risk-assessment">
      <h1>Risikovurdering nr. {view.version}</h1>
      <dl className="summary-list">
        <dt>Sag</dt><dd>{view.caseNumber}</dd>
        <dt>Instrument</dt><dd>{instrument.name} ({instrument.version})</dd>
        <dt>Afsluttet</dt><dd>{formatDate(view.completedAt)}</dd>
        <dt>Foretaget og underskrevet af</dt><dd>{view.assessor?.displayName}</dd>
      </dl>
      <div className="d-print-none report-actions">
        <a className="button button-secondary" href={reportUrl(view.caseId, view.id, includeCpr)} download>Hent som PDF</a>
        <div className="form-group-checkbox">
          <input className="form-checkbox checkbox-small" type="checkbox" id="pdf-include-cpr" checked={includeCpr} onChange={(e) => setIncludeCpr(e.target.checked)} />
          <label htmlFor="pdf-include-cpr">Medtag borgerens CPR-nummer i PDF'en</label>
        </div>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>Udskriv</button>
      </div>

      <h2>1. Baggrund og kilder</h2>
      <dl className="summary-list">
        <dt>Kilder</dt><dd>{c.background.sources || '–'}</dd>
        <dt>Personer</dt><dd>{c.background.persons || '–'}</dd>
        <dt>Familiestruktur</dt><dd>{c.background.familyStructure || '–'}</dd>
        <dt>Seneste hændelse</dt><dd>{c.background.latestIncident || '–'}</dd>
        <dt>Tidligere æresrelaterede problemer</dt><dd>{c.background.earlierProblems || '–'}</dd>
        <dt>Mulige gerningspersoner</dt><dd>{c.perpetrators.map((p) => p.description).join(', ') || '–'}</dd>
      </dl>

      <h2>2. Faktorer</h2>
      {instrument.parts.map((part) => (
        <table className="table table--compact factor-table" key={part.code}>
          <caption>{part.label}</caption>
          <thead><tr><th scope="col" className="col-factor">Faktor</th><th scope="col" className="col-rating">Nu</th><th scope="col" className="col-rating">Tidligere</th><th scope="col">Begrundelse og kilder</th></tr></thead>
          <tbody>
            {part.factors.map((f) => {
              const r = c.factors[f.code];
              return (
                <tr key={f.code}>
                  <th scope="row">{f.code} {f.label}{changed(`factors.${f.code}`) && <ChangedMark />}</th>
                  <td>{rating(r?.now ?? null)}</td><td>{rating(r?.past ?? null)}</td>
                  <td>{r?.rationale}{r?.sources && <><br /><small>Kilder: {r.sources}</small></>}</td>
                </tr>
              );
            })}
            {c.otherConsiderations.filter((o) => o.partCode === part.code).map((o) => (
              <tr key={o.id}><th scope="row">Andet: {o.label}</th><td>{rating(o.now)}</td><td>{rating(o.past)}</td><td>{o.rationale}</td></tr>
            ))}
          </tbody>
        </table>
      ))}

      <h2>3. Risikoscenarier og foranstaltninger</h2>
      {c.scenarios.length === 0 && <p>Ingen scenarier.</p>}
      {c.scenarios.map((s) => (
        <section className="risk-card" key={s.id} aria-labelledby={`rs-${s.id}`}>
          <h3 id={`rs-${s.id}`}>{s.title} – {s.level ? RISK_LEVEL_LABELS[s.level] : '–'}{changed(`scenarios.${s.id}`) && <ChangedMark />}</h3>
          {s.description && <p>{s.description}</p>}
          <ul className="nobullet-list">
            {s.measures.map((m) => (
              <li key={m.id}>
                <strong>{m.text}</strong>
                <ActionFromSource {...source} sourceType="SCENARIE_FORANSTALTNING" sourceId={m.id} sourceLabel={m.text} />
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>4. Konklusioner</h2>
      <dl className="summary-list">
        <dt>Risiko for alvorlig vold</dt><dd>{c.conclusions.seriousViolence ? RISK_LEVEL_LABELS[c.conclusions.seriousViolence] : '–'}</dd>
        <dt>Overhængende risiko</dt><dd>{c.conclusions.imminent ? 'Ja' : 'Nej'}</dd>
        <dt>Sandsynlige ofre</dt><dd>{c.conclusions.likelyVictims.map((p) => p.description).join(', ') || '–'}</dd>
        <dt>Andre risici</dt><dd>{c.conclusions.otherRisks || '–'}</dd>
        <dt>Begrundelse</dt><dd>{c.conclusions.rationale || '–'}</dd>
      </dl>

      <h2>5. Anbefalinger</h2>
      {c.recommendations.length === 0 && <p>Ingen anbefalinger.</p>}
      <ul className="nobullet-list">
        {c.recommendations.map((r) => (
          <li key={r.id}>
            <div className="risk-card">
              <strong>{r.text}</strong>
              <ActionFromSource {...source} sourceType="ANBEFALING" sourceId={r.id} sourceLabel={r.text} />
            </div>
          </li>
        ))}
      </ul>

      <DisclosurePanel view={view} canWrite={canWrite} />
      <p className="d-print-none"><Link to={`/sager/${view.caseId}/risiko`}>Tilbage til sagen</Link></p>
    </article>
  );
}

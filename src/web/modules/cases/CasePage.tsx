import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { CASE_STATUS_LABELS, RISK_LEVEL_LABELS, label } from '../intake/codes';
import { Flash } from '../intake/Flash';
import { useMunicipalityName } from '../intake/useMunicipalities';
import { formatDate } from '../intake/time';
import { CaseAccessPanel } from './access/CaseAccessPanel';
import { AcuteBanner } from './AcuteBanner';
import { CaseNotFound } from './CaseNotFound';
import { CaseFlags } from './CaseFlags';
import { CASE_QUESTIONS, CASE_SECTIONS } from './caseSections';
import { getCase } from './casesApi';
import { DutyToNotifyPanel } from './DutyToNotifyPanel';
import { PartiesPanel } from './PartiesPanel';
import { ResponsibleName } from './involvement/ResponsibleName';
import './cases.css';

/** One case, organised by the caseworker's seven questions (caseSections.tsx). Prints cleanly. */
export function CasePage() {
  const municipalityName = useMunicipalityName();
  const { id = '' } = useParams();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['cases', id], queryFn: () => getCase(id) });
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) return <CaseNotFound />;
  if (q.error || !q.data) return <p role="alert">Sagen kunne ikke hentes.</p>;
  const c = q.data;
  // Everything under ['cases', id]: the case and what hangs off it (journal, access lists), since a change to
  // the case (e.g. reopening) also writes a journal entry.
  const refresh = () => void qc.invalidateQueries({ queryKey: ['cases', id] });

  return (
    <article className="case-page">
      <Flash />
      {c.acute && <AcuteBanner />}
      <div className="case-title">
        <h1>
          Sag {c.caseNumber}
          {c.citizen && <span className="case-title-name"> – {c.citizen.name}</span>}
        </h1>
        <button type="button" className="button button-secondary d-print-none" onClick={() => window.print()}>Udskriv</button>
      </div>
      <DutyToNotifyPanel caseData={c} refresh={refresh} />
      <dl className="summary-list case-overview">
        <dt>Status</dt>
        <dd>{label(CASE_STATUS_LABELS, c.status)} <CaseFlags acute={c.acute} dutyPending={c.dutyToNotify.applies && !c.dutyToNotify.fulfilledAt} otherLegalBasis={c.otherLegalBasis} /></dd>
        <dt>Ansvarlig kommune</dt>
        <dd>{municipalityName(c.responsibleMunicipalityCode)}</dd>
        <dt>Ansvarlig sagsbehandler</dt>
        <dd><ResponsibleName r={c.responsibleCaseworker} /></dd>
        <dt>Sikkerhedskonsulenter</dt>
        <dd>{c.consultants.length ? c.consultants.map((u) => u.displayName).join(', ') : '—'}</dd>
        <dt>Risikoniveau</dt>
        <dd>{c.currentRiskLevel ? label(RISK_LEVEL_LABELS, c.currentRiskLevel) : 'Ikke vurderet'}</dd>
        <dt>Oprettet</dt>
        <dd>{formatDate(c.createdAt)}</dd>
      </dl>
      <nav aria-label="Sagens spørgsmål" className="case-toc d-print-none">
        <ol>
          {CASE_QUESTIONS.map((qn) => (
            <li key={qn.id}><a href={`#spm-${qn.id}`}>{qn.heading}</a></li>
          ))}
        </ol>
      </nav>
      <PartiesPanel caseData={c} refresh={refresh} />
      {CASE_QUESTIONS.map((qn, i) => {
        const sections = CASE_SECTIONS.filter((s) => s.question === qn.id);
        return (
          <section key={qn.id} id={`spm-${qn.id}`} aria-labelledby={`spm-${qn.id}-heading`} className="case-block case-question">
            <h2 id={`spm-${qn.id}-heading`}>
              <span className="question-number">{i + 1}.</span> {qn.heading}
            </h2>
            {sections.length === 0 && <p className="form-hint">Intet registreret endnu.</p>}
            {sections.map((s) => (
              <div key={s.id} id={`afsnit-${s.id}`} className="case-section">
                <h3>{s.heading}</h3>
                <s.component caseData={c} refresh={refresh} />
              </div>
            ))}
          </section>
        );
      })}
      <CaseAccessPanel caseData={c} />
    </article>
  );
}

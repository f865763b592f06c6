import { useState } from 'react';
import { may } from '../../app/roles';
import { Link, useNavigate } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { RISK_LEVEL_LABELS, SCREENING_OUTCOME_LABELS } from './labels';
import type { CaseSectionProps } from '../cases/caseSections';
import { ScreeningTable } from './ScreeningTable';
import { ThreatChart } from './ThreatChart';
import { formatDate, getThreatLevels, listAssessments, listScreenings, startAssessment } from './riskApi';
import './risk.css';

/** The case page's risk section: screenings, assessments (draft and signed), the threat level over time. */
export function RiskSection({ caseData }: CaseSectionProps) {
  const caseId = caseData.id;
  const { user } = useAuth();
  const canWrite = may(user, 'risk.assess');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const screenings = useQuery({ queryKey: ['risk', caseId, 'screenings'], queryFn: () => listScreenings(caseId) });
  const assessments = useQuery({ queryKey: ['risk', caseId, 'assessments'], queryFn: () => listAssessments(caseId) });
  const levels = useQuery({ queryKey: ['risk', caseId, 'threat'], queryFn: () => getThreatLevels(caseId) });
  const latest = screenings.data?.screenings[0];
  const list = assessments.data?.assessments ?? [];
  const draft = list.find((a) => a.status === 'UDKAST');

  return (
    <div>
      <h4>Indledende screening</h4>
      {latest ? (
        <>
          <p>Seneste: <strong>{SCREENING_OUTCOME_LABELS[latest.outcome]}</strong> ({formatDate(latest.screenedAt)}, {latest.screenedBy.displayName})</p>
          <ScreeningTable screenings={screenings.data!.screenings} caption="Screeninger af sagen og henvendelsen" />
        </>
      ) : <p>Sagen er ikke screenet.</p>}
      {canWrite && <p className="d-print-none"><Link className="button button-secondary" to={`/sager/${caseId}/risiko/screening`}>Ny screening</Link></p>}

      <h4>Risikovurderinger</h4>
      {list.length === 0 ? <p>Der er ingen risikovurderinger.</p> : (
        <table className="table table--zebra">
          <thead><tr><th scope="col">Nr.</th><th scope="col">Status</th><th scope="col">Risiko for alvorlig vold</th><th scope="col">Overhængende</th><th scope="col">Vurderet af</th></tr></thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id}>
                <td><Link to={`/sager/${caseId}/risiko/vurderinger/${a.id}`}>Vurdering {a.version}</Link></td>
                <td>{a.status === 'UDKAST' ? 'Udkast' : `Afsluttet ${formatDate(a.completedAt)}`}</td>
                <td>{a.seriousViolence ? RISK_LEVEL_LABELS[a.seriousViolence] : '–'}</td>
                <td>{a.imminent === null ? '–' : a.imminent ? 'Ja' : 'Nej'}</td>
                <td>{a.assessor?.displayName ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && <p className="form-error-message" role="alert">{error}</p>}
      {canWrite && (
        <p className="d-print-none">
          {draft ? (
            <Link className="button button-primary" to={`/sager/${caseId}/risiko/vurderinger/${draft.id}/baggrund`}>Fortsæt udkastet</Link>
          ) : (
            <button type="button" className="button button-primary"
              onClick={async () => {
                setError(null);
                try {
                  const a = await startAssessment(caseId);
                  await qc.invalidateQueries({ queryKey: ['risk', caseId] });
                  navigate(`/sager/${caseId}/risiko/vurderinger/${a.id}/baggrund`);
                } catch (err) {
                  setError(err instanceof ApiError ? err.body.message : 'Vurderingen kunne ikke startes.');
                }
              }}>
              {list.length ? 'Ny risikovurdering (tager udgangspunkt i den seneste)' : 'Start risikovurdering'}
            </button>
          )}
        </p>
      )}
      <h4>Trusselsniveau over tid</h4>
      <ThreatChart history={levels.data?.history ?? []} />
    </div>
  );
}

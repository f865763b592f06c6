import { useQuery } from '@tanstack/react-query';
import { RISK_LEVEL_LABELS } from '../risk/labels';
import { MEASURE_TYPE_LABELS } from './labels';
import { getCoverage } from './safetyApi';

/**
 * Each scenario of the latest signed assessment with its level and the measures in force against it (DOMAIN.md
 * § 11.3). A HOEJ scenario without one says "Ikke dækket" in words and in colour.
 */
export function CoverageList({ caseId }: { caseId: string }) {
  const q = useQuery({ queryKey: ['safety', caseId, 'coverage'], queryFn: () => getCoverage(caseId) });
  if (!q.data) return null;
  if (!q.data.assessmentId) return <p>Ingen afsluttet risikovurdering endnu: scenarierne vises her, når en vurdering er underskrevet.</p>;
  if (!q.data.scenarios.length) return <p>Den seneste risikovurdering beskriver ingen scenarier.</p>;
  return (
    <ul className="coverage-list nobullet-list">
      {q.data.scenarios.map((s) => (
        <li key={s.id} className={s.uncovered ? 'coverage-uncovered' : 'coverage-covered'}>
          <strong>{s.title}</strong> – {s.level ? RISK_LEVEL_LABELS[s.level] : 'ikke vurderet'}:{' '}
          {s.uncovered ? <strong className="coverage-flag">Ikke dækket – ingen foranstaltning i kraft</strong>
            : s.measuresInForce.length ? <>i kraft: {s.measuresInForce.map((m) => MEASURE_TYPE_LABELS[m.measureType]).join(', ')}</>
              : <>ingen foranstaltning i kraft</>}
          {s.measuresProposed > 0 && <> ({s.measuresProposed} foreslået)</>}
        </li>
      ))}
    </ul>
  );
}

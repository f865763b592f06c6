import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CaseSectionProps } from '../cases/caseSections';
import { CoverageList } from './CoverageList';
import { danishDate } from './format';
import { MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS } from './labels';
import { getPlan } from './safetyApi';

/** "Hvordan sikrer jeg borgeren nu og på længere sigt?": the plan, the measures and scenario coverage, with links. */
export function SafetySection({ caseData }: CaseSectionProps) {
  const plan = useQuery({ queryKey: ['safety', caseData.id, 'plan'], queryFn: () => getPlan(caseData.id) });
  const p = plan.data;
  const live = p?.measures.filter((m) => m.status === 'IVAERKSAT') ?? [];
  const proposed = p?.measures.filter((m) => m.status === 'FORESLAAET') ?? [];
  return (
    <div>
      {p && (
        <p>
          {p.version === 0 ? 'Sikkerhedsplanen er ikke udfyldt endnu.' : <>Sikkerhedsplan version {p.version}{p.content.agreedOn ? `, aftalt med borgeren ${danishDate(p.content.agreedOn)}` : ', ikke aftalt med borgeren endnu'}.</>}
          {' '}{p.safeContact.recorded ? 'Sikker kontakt er registreret.' : 'Ingen sikker kontakt registreret.'}
        </p>
      )}
      <p><strong>I kraft:</strong> {live.length ? live.map((m) => MEASURE_TYPE_LABELS[m.measureType]).join(', ') : 'ingen'}. <strong>{MEASURE_STATUS_LABELS.FORESLAAET}:</strong> {proposed.length}.</p>
      <CoverageList caseId={caseData.id} />
      <ul className="d-print-none">
        <li><Link to={`/sager/${caseData.id}/sikkerhedsplan`}>Sikkerhedsplan og sikker kontakt</Link></li>
        <li><Link to={`/sager/${caseData.id}/foranstaltninger`}>Foranstaltninger</Link></li>
        <li><Link to={`/sager/${caseData.id}/aktoerer`}>Aktører</Link></li>
      </ul>
    </div>
  );
}

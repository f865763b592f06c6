import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { getCase, type CaseDetail } from '../cases/casesApi';

/** The case these pages belong to: number and a way back. Loads the case once (shared query key). */
export function useCaseDetail(caseId: string) {
  return useQuery({ queryKey: ['cases', caseId], queryFn: () => getCase(caseId) });
}

export function CaseHeader({ c, title }: { c: CaseDetail; title: string }) {
  return (
    <div className="safety-header">
      <p className="d-print-none"><Link to={`/sager/${c.id}`}>Tilbage til sag {c.caseNumber}</Link></p>
      <h1>{title} <span className="weight-normal">– sag {c.caseNumber}</span></h1>
      <nav aria-label="Sikkerhed og koordinering" className="d-print-none safety-subnav">
        <ul className="nobullet-list">
          <li><Link to={`/sager/${c.id}/sikkerhedsplan`}>Sikkerhedsplan</Link></li>
          <li><Link to={`/sager/${c.id}/foranstaltninger`}>Foranstaltninger</Link></li>
          <li><Link to={`/sager/${c.id}/aktoerer`}>Aktører</Link></li>
        </ul>
      </nav>
    </div>
  );
}

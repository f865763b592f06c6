import { Link } from 'react-router';
import { may } from '../../app/roles';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../app/auth';
import { AcuteGuidance } from './ScreeningPage';
import { ScreeningTable } from './ScreeningTable';
import { listInquiryScreenings } from './riskApi';
import './risk.css';

/** The inquiry page's screening section: its screenings, the acute guidance of an AKUT one, and "Screening". */
export function InquiryScreenings({ inquiryId, caseId }: { inquiryId: string; caseId: string | null }) {
  const { user } = useAuth();
  const canScreen = may(user, 'risk.screen');
  const q = useQuery({ queryKey: ['risk', 'inquiry', inquiryId, 'screenings'], queryFn: () => listInquiryScreenings(inquiryId) });
  const list = q.data?.screenings ?? [];
  const latest = list[0];
  return (
    <section aria-labelledby="screeninger-heading" id="screeninger">
      <h2 id="screeninger-heading">Indledende risikoscreening</h2>
      {latest?.acuteGuidance && <AcuteGuidance g={latest.acuteGuidance} />}
      {list.length === 0 ? <p>Henvendelsen er ikke screenet.</p> : <ScreeningTable screenings={list} caption="Screeninger af henvendelsen" markInquiry={false} />}
      {canScreen && (caseId ? (
        <p>Sagen er oprettet: nye screeninger registreres på <Link to={`/sager/${caseId}/risiko`}>sagen</Link>.</p>
      ) : (
        <p className="d-print-none"><Link className="button button-secondary" to={`/henvendelser/${inquiryId}/screening`}>Screening</Link></p>
      ))}
    </section>
  );
}

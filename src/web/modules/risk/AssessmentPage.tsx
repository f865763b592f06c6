import { useParams } from 'react-router';
import { may } from '../../app/roles';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { NotFoundPage } from '../../app/NotFoundPage';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentReadView } from './AssessmentReadView';
import { getAssessment, getInstruments } from './riskApi';
import './risk.css';

/** /sager/:caseId/risiko/vurderinger/:aid[/:step]: the draft's steps, or the signed assessment. */
export function AssessmentPage() {
  const { caseId = '', aid = '' } = useParams();
  const { user } = useAuth();
  const canWrite = may(user, 'risk.assess');
  const a = useQuery({ queryKey: ['risk', caseId, 'assessment', aid], queryFn: () => getAssessment(caseId, aid) });
  const inst = useQuery({ queryKey: ['risk', 'instruments'], queryFn: getInstruments, staleTime: Infinity });
  if (a.isLoading || inst.isLoading) return <p>Indlæser…</p>;
  if (a.error instanceof ApiError && (a.error.status === 404 || a.error.status === 400)) return <NotFoundPage />;
  if (!a.data || !inst.data) return <p role="alert">Vurderingen kunne ikke hentes.</p>;
  const instrument = inst.data.instruments.find((i) => i.code === a.data.instrument.code && i.version === a.data.instrument.version);
  if (!instrument) return <p role="alert">Instrumentet for denne vurdering er ikke indlæst.</p>;
  if (a.data.status === 'AFSLUTTET' || !canWrite) return <AssessmentReadView view={a.data} instrument={instrument} canWrite={canWrite} />;
  return <AssessmentEditor key={a.data.id} caseId={caseId} initial={a.data} instrument={instrument} />;
}

import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { rolesWith } from '../../app/roles';
import { AssessmentPage } from './AssessmentPage';
import { ScreeningPage } from './ScreeningPage';

// Who may open risk pages and who may screen: the server's GRANTS.
const READ = rolesWith('case.read');
const WRITE = rolesWith('risk.screen');

export const riskRoutes: RouteObject[] = [
  { path: 'henvendelser/:inquiryId/screening', element: <RequireRole roles={WRITE}><ScreeningPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/screening', element: <RequireRole roles={WRITE}><ScreeningPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/vurderinger/:aid', element: <RequireRole roles={READ}><AssessmentPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/vurderinger/:aid/:step', element: <RequireRole roles={READ}><AssessmentPage /></RequireRole> },
];

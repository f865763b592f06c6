import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import type { Role } from '../../app/auth';
import { AssessmentPage } from './AssessmentPage';
import { ScreeningPage } from './ScreeningPage';

const READ: Role[] = ['consultant', 'caseworker', 'admin'];
const WRITE: Role[] = ['consultant', 'caseworker'];

export const riskRoutes: RouteObject[] = [
  { path: 'henvendelser/:inquiryId/screening', element: <RequireRole roles={WRITE}><ScreeningPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/screening', element: <RequireRole roles={WRITE}><ScreeningPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/vurderinger/:aid', element: <RequireRole roles={READ}><AssessmentPage /></RequireRole> },
  { path: 'sager/:caseId/risiko/vurderinger/:aid/:step', element: <RequireRole roles={READ}><AssessmentPage /></RequireRole> },
];

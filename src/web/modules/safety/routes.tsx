import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import type { Role } from '../../app/auth';
import { ActorsPage } from '../actors/ActorsPage';
import { MeasuresPage } from './MeasuresPage';
import { SafetyPlanPage } from './SafetyPlanPage';

const READ: Role[] = ['consultant', 'caseworker', 'admin'];

/**
 * The case's safety plan, measures register and actors, as routes of their own until the case workspace's
 * section registry (branch web8) lands; the case page links to them from its "sikkerhed" section.
 */
export const safetyRoutes: RouteObject[] = [
  { path: 'sager/:caseId/sikkerhedsplan', element: <RequireRole roles={READ}><SafetyPlanPage /></RequireRole> },
  { path: 'sager/:caseId/foranstaltninger', element: <RequireRole roles={READ}><MeasuresPage /></RequireRole> },
  { path: 'sager/:caseId/aktoerer', element: <RequireRole roles={READ}><ActorsPage /></RequireRole> },
];

import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import type { Role } from '../../app/auth';
import { ClosurePage } from './ClosurePage';
import { FollowUpPage } from './FollowUpPage';
import { HandoverOwnersPage } from './HandoverOwnersPage';
import { TasksPage } from './TasksPage';

const READ: Role[] = ['consultant', 'caseworker', 'admin'];

/** The coordination pages under a case (the case page links to them from its coordination section). */
export const coordinationRoutes: RouteObject[] = [
  { path: 'sager/:id/opgaver', element: <RequireRole roles={READ}><TasksPage /></RequireRole> },
  { path: 'sager/:id/opfoelgninger', element: <RequireRole roles={READ}><FollowUpPage /></RequireRole> },
  { path: 'sager/:id/overtag', element: <RequireRole roles={READ}><HandoverOwnersPage /></RequireRole> },
  { path: 'sager/:id/afslut-sagen', element: <RequireRole roles={READ}><ClosurePage /></RequireRole> },
];

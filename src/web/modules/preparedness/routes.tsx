import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import type { NavItem } from '../../app/routes';
import { OverviewPage } from './OverviewPage';
import { PlanPage } from './PlanPage';

export const preparednessRoutes: RouteObject[] = [
  { path: 'beredskabsplan', element: <RequireRole roles={['municipal_team', 'caseworker']}><PlanPage /></RequireRole> },
  { path: 'beredskabsplaner', element: <RequireRole roles={['consultant', 'analyst', 'municipal_team']}><OverviewPage /></RequireRole> },
  { path: 'beredskabsplaner/:code', element: <RequireRole roles={['consultant', 'caseworker', 'municipal_team']}><PlanPage /></RequireRole> },
];

export const preparednessNav: NavItem[] = [
  { to: '/beredskabsplan', label: 'Beredskabsplan', roles: ['municipal_team'] },
  { to: '/beredskabsplaner', label: 'Beredskabsplaner', roles: ['consultant', 'analyst', 'municipal_team'] },
];

import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import type { Role } from '../../app/auth';
import type { NavItem } from '../../app/routes';
import { CaseListPage } from './CaseListPage';
import { CasePage } from './CasePage';
import '../intake/intake.css';
import './cases.css';

/** Roles that may read cases (case.read); an admin sees only cases they were added to. */
const CASE_ROLES: Role[] = ['consultant', 'caseworker', 'admin'];

export const casesRoutes: RouteObject[] = [
  { path: 'sager', element: <RequireRole roles={CASE_ROLES}><CaseListPage /></RequireRole> },
  { path: 'sager/:id', element: <RequireRole roles={CASE_ROLES}><CasePage /></RequireRole> },
];

export const casesNav: NavItem[] = [{ to: '/sager', label: 'Sager', roles: CASE_ROLES }];

import type { RouteObject } from 'react-router';
import type { Role } from './auth';
import { authRoutes } from '../modules/auth/routes';
import { homeRoutes } from '../modules/home/routes';
import { auditRoutes } from '../modules/audit/routes';

/** Each web module adds its routes and menu items here, one line each. */
export const MODULE_ROUTES: RouteObject[] = [
  ...homeRoutes,
  ...authRoutes,
  // directory
  // identity
  // audit
  ...auditRoutes,
  // intake
  // risk
];

export interface NavItem {
  to: string;
  label: string;
  roles: Role[] | 'public';
}

export const NAV_ITEMS: NavItem[] = [
  // directory
  // identity
  // audit
  { to: '/revision/spor', label: 'Revision', roles: ['auditor'] },
  // intake
  // risk
];

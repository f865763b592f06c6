import type { RouteObject } from 'react-router';
import type { Role } from './auth';
import { authRoutes } from '../modules/auth/routes';
import { homeRoutes } from '../modules/home/routes';
import { casesNav, casesRoutes } from '../modules/cases/routes';
import { intakeNav, intakeRoutes } from '../modules/intake/routes';
import { riskRoutes } from '../modules/risk/routes';

/** Each web module adds its routes and menu items here, one line each. */
export const MODULE_ROUTES: RouteObject[] = [
  ...homeRoutes,
  ...authRoutes,
  // directory
  // identity
  // audit
  // intake
  ...intakeRoutes,
  ...casesRoutes,
  // risk
  ...riskRoutes,
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
  // intake
  ...intakeNav,
  ...casesNav,
  // risk
];

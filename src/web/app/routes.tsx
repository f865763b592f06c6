import type { RouteObject } from 'react-router';
import type { Role } from './auth';
import { authRoutes } from '../modules/auth/routes';
import { homeRoutes } from '../modules/home/routes';

/** Each web module adds its routes and menu items here, one line each. */
export const MODULE_ROUTES: RouteObject[] = [
  ...homeRoutes,
  ...authRoutes,
  // directory
  // identity
  // audit
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
  // intake
  // risk
];

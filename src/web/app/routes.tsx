import type { RouteObject } from 'react-router';
import type { Role } from './auth';
import { ROLES, rolesWith } from './roles';
import { authRoutes } from '../modules/auth/routes';
import { homeRoutes } from '../modules/home/routes';
import { directoryRoutes } from '../modules/directory/routes';
import { identityRoutes } from '../modules/identity/routes';
import { auditRoutes } from '../modules/audit/routes';
import { casesNav, casesRoutes } from '../modules/cases/routes';
import { intakeNav, intakeRoutes } from '../modules/intake/routes';
import { riskRoutes } from '../modules/risk/routes';
import { statisticsNav, statisticsRoutes } from '../modules/statistics/routes';
import { safetyRoutes } from '../modules/safety/routes';
import { coordinationRoutes } from '../modules/coordination/routes';
import { preparednessNav, preparednessRoutes } from '../modules/preparedness/routes';
import { knowledgeNav, knowledgeRoutes } from '../modules/knowledge/routes';

/** Each web module adds its routes and menu items here, one line each. */
export const MODULE_ROUTES: RouteObject[] = [
  ...homeRoutes,
  ...authRoutes,
  // directory
  ...directoryRoutes,
  // identity
  ...identityRoutes,
  // audit
  ...auditRoutes,
  // intake
  ...intakeRoutes,
  ...casesRoutes,
  // risk
  ...riskRoutes,
  // statistics
  ...statisticsRoutes,
  // safety
  ...safetyRoutes,
  // coordination
  ...coordinationRoutes,
  // preparedness, knowledge
  ...preparednessRoutes,
  ...knowledgeRoutes,
];

export interface NavItem {
  to: string;
  label: string;
  roles: Role[] | 'public';
}

export const NAV_ITEMS: NavItem[] = [
  // directory
  { to: '/find-sikkerhedskonsulent', label: 'Find din sikkerhedskonsulent', roles: 'public' },
  // identity
  { to: '/admin/brugere', label: 'Brugere', roles: rolesWith('users.manage') },
  { to: '/admin/partnere', label: 'Partnerkatalog', roles: rolesWith('directory.manage') },
  { to: '/min-profil', label: 'Min profil', roles: [...ROLES] },
  // audit
  { to: '/revision/spor', label: 'Revision', roles: rolesWith('audit.read') },
  // intake
  ...intakeNav,
  ...casesNav,
  // risk
  // statistics
  ...statisticsNav,
  // preparedness, knowledge
  ...preparednessNav,
  ...knowledgeNav,
];

import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { rolesWith } from '../../app/roles';
import type { NavItem } from '../../app/routes';
import { InquiryFormPage } from './InquiryFormPage';
import { InquiryListPage } from './InquiryListPage';
import { InquiryPage } from './InquiryPage';
import './intake.css';

/** Who does intake: the roles granted inquiry.create / case work by the server's policy. */
export const INTAKE_ROLES = rolesWith('inquiry.create');

export const intakeRoutes: RouteObject[] = [
  { path: 'henvendelser', element: <RequireRole roles={INTAKE_ROLES}><InquiryListPage /></RequireRole> },
  { path: 'ny-henvendelse', element: <RequireRole roles={INTAKE_ROLES}><InquiryFormPage /></RequireRole> },
  { path: 'henvendelser/:id', element: <RequireRole roles={INTAKE_ROLES}><InquiryPage /></RequireRole> },
];

export const intakeNav: NavItem[] = [
  { to: '/ny-henvendelse', label: 'Ny henvendelse', roles: INTAKE_ROLES },
  { to: '/henvendelser', label: 'Henvendelser', roles: INTAKE_ROLES },
];

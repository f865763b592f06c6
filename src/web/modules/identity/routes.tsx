import type { RouteObject } from 'react-router';
import { rolesWith } from '../../app/roles';
import { RequireRole } from '../../app/RequireRole';
import { ChangePasswordPage } from './ChangePasswordPage';
import { MfaEnrolmentPage } from './MfaEnrolmentPage';
import { ProfilePage } from './ProfilePage';
import { UsersPage } from './admin/UsersPage';
import { UserPage } from './admin/UserPage';
import './identity.css';

export const identityRoutes: RouteObject[] = [
  { path: 'min-profil', element: <RequireRole roles="any"><ProfilePage /></RequireRole> },
  { path: 'min-profil/skift-adgangskode', element: <RequireRole roles="any"><ChangePasswordPage /></RequireRole> },
  { path: 'min-profil/totrin', element: <RequireRole roles="any"><MfaEnrolmentPage /></RequireRole> },
  { path: 'admin/brugere', element: <RequireRole roles={rolesWith('users.manage')}><UsersPage /></RequireRole> },
  { path: 'admin/brugere/:id', element: <RequireRole roles={rolesWith('users.manage')}><UserPage /></RequireRole> },
];

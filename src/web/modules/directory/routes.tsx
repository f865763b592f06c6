import type { RouteObject } from 'react-router';
import { FindConsultantPage } from './FindConsultantPage';
import { PartnersPage } from './PartnersPage';
import { RequireRole } from '../../app/RequireRole';

export const FIND_CONSULTANT_PATH = '/find-sikkerhedskonsulent';

export const directoryRoutes: RouteObject[] = [
  { path: FIND_CONSULTANT_PATH.slice(1), element: <FindConsultantPage /> },
  { path: 'admin/partnere', element: <RequireRole roles={['admin']}><PartnersPage /></RequireRole> },
];

import type { RouteObject } from 'react-router';
import { rolesWith } from '../../app/roles';
import { Navigate } from 'react-router';
import type { ReactNode } from 'react';
import { RequireRole } from '../../app/RequireRole';
import { AuditTrailPage } from './AuditTrailPage';
import { ChainStatusPage } from './ChainStatusPage';
import { SubjectExportPage } from './SubjectExportPage';
import { LegalBasesPage } from './LegalBasesPage';

const auditor = (page: ReactNode) => <RequireRole roles={rolesWith('audit.read')}>{page}</RequireRole>;

export const auditRoutes: RouteObject[] = [
  { path: 'revision', element: <Navigate to="/revision/spor" replace /> },
  { path: 'revision/spor', element: auditor(<AuditTrailPage />) },
  { path: 'revision/registreret', element: auditor(<SubjectExportPage />) },
  { path: 'revision/kaede', element: auditor(<ChainStatusPage />) },
  { path: 'revision/hjemmel', element: auditor(<LegalBasesPage />) },
];

import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireRole } from '../../app/RequireRole';
import { rolesWith } from '../../app/roles';
import type { NavItem } from '../../app/routes';
import { CASE_SECTIONS } from './caseSections';
import { CaseListPage } from './CaseListPage';
import { SectionPage } from './workspace/SectionPage';
import '../intake/intake.css';
import './cases.css';

/** Roles that may read cases (the server's GRANTS for case.read); an admin sees only cases they were added to. */
export const CASE_ROLES = rolesWith('case.read');

// The workspace is loaded when a case is opened, each section when it is (caseSections.tsx).
const CaseWorkspace = lazy(() => import('./workspace/CaseWorkspace').then((m) => ({ default: m.CaseWorkspace })));
const CaseOverview = lazy(() => import('./workspace/CaseOverview').then((m) => ({ default: m.CaseOverview })));
const CasePrintPage = lazy(() => import('./workspace/CasePrintPage').then((m) => ({ default: m.CasePrintPage })));

const gated = (page: ReactNode) => (
  <RequireRole roles={CASE_ROLES}>
    <Suspense fallback={<p>Indlæser…</p>}>{page}</Suspense>
  </RequireRole>
);

export const casesRoutes: RouteObject[] = [
  { path: 'sager', element: <RequireRole roles={CASE_ROLES}><CaseListPage /></RequireRole> },
  {
    path: 'sager/:id',
    element: gated(<CaseWorkspace />),
    children: [
      { index: true, element: <CaseOverview /> },
      ...CASE_SECTIONS.map((s) => ({ path: s.path, element: <SectionPage section={s} /> })),
    ],
  },
  { path: 'sager/:id/udskriv', element: gated(<CasePrintPage />) },
];

export const casesNav: NavItem[] = [{ to: '/sager', label: 'Sager', roles: CASE_ROLES }];

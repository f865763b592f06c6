import type { RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';

/** The case's tasks and safety measures: read with case.read (made from an assessment, see risk.ts). */
export const actionsEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/actions', audits: ['actions.listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
];

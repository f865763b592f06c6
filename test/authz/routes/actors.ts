import type { RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';

/** The actors of a case: read with case.read, added with case.update (consultant, caseworker). */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

export const actorsEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/actors', audits: ['actors.listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST',
    path: '/api/cases/:id/actors',
    audits: ['actors.added'],
    caseScoped: true,
    body: () => ({ actorType: 'UDDANNELSESSTED', name: 'AKT-lærer, Herstedvester Skole', phone: '43 00 00 00' }),
    expect: { inScope: caseWork(201) },
    mutates: ['case_actors', 'journal_entries'],
  },
  {
    method: 'GET',
    path: '/api/actor-directory',
    url: () => '/api/actor-directory?municipalityCode=165',
    expect: CASE_ROLES_OK(200),
  },
];

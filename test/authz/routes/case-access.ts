import { excludeUser } from '../../support/factories.js';
import { CASE_ROLES_OK, type RouteEntry } from '../format.js';

export const caseAccessEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/participants', audits: ['case.participants_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST',
    path: '/api/cases/:id/participants',
    audits: ['case.participant_added'],
    caseScoped: true,
    body: (e) => ({ userId: e.target.id, participantRole: 'OTHER' }),
    // Admin may read a case it was added to, but not change who works on it (no case.update).
    expect: { inScope: { consultant: 201, caseworker: 201 } },
    mutates: ['case_participants'],
  },
  { method: 'GET', path: '/api/cases/:id/exclusions', audits: ['case.exclusions_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  { method: 'GET', path: '/api/cases/:id/access-candidates', caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST',
    path: '/api/cases/:id/exclusions',
    audits: ['case.user_excluded'],
    caseScoped: true,
    body: (e) => ({ userId: e.target.id, reason: 'Familiemedlem til borgeren' }),
    expect: { inScope: CASE_ROLES_OK(204) },
    mutates: ['case_exclusions'],
  },
  {
    method: 'DELETE',
    path: '/api/cases/:id/exclusions/:userId',
    audits: ['case.exclusion_lifted'],
    caseScoped: true,
    setup: async (e) => {
      await excludeUser(e.ctx, e.caseId, e.target.id);
      return {};
    },
    url: (e) => `/api/cases/${e.caseId}/exclusions/${e.target.id}`,
    expect: { inScope: CASE_ROLES_OK(204) },
    mutates: ['case_exclusions'],
  },
];

import { randomUUID } from 'node:crypto';
import type { RouteEntry } from '../format.js';

const auditorOnly = { auditor: 200 };

export const auditEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/audit/events', audits: ['audit.trail_searched'], url: () => '/api/audit/events?useType=read', expect: auditorOnly },
  { method: 'GET', path: '/api/audit/event-types', expect: auditorOnly },
  { method: 'GET', path: '/api/audit/verify', expect: auditorOnly },
  {
    method: 'GET',
    path: '/api/audit/subjects/:subjectType/:subjectId/export',
    audits: ['audit.subject_exported'],
    url: () => `/api/audit/subjects/person/${randomUUID()}/export`,
    expect: auditorOnly,
  },
  {
    method: 'GET',
    path: '/api/cases/:id/access-log',
    audits: ['audit.access_log_read'],
    caseScoped: true,
    // The auditor reads any case's log (metadata only) unless excluded from it.
    expect: { inScope: { consultant: 200, caseworker: 200, admin: 200, auditor: 200 }, outOfScope: { auditor: 200 } },
  },
];

import type { RouteEntry } from '../format.js';

/**
 * National statistics (DOMAIN.md § 8): the analyst (national) and a municipality's team (its own municipality)
 * read suppressed aggregates; every other role finds nothing (404), and every read logs its criteria.
 */
const readers = { analyst: 200, municipal_team: 200 };
const period = 'from=2026-01-01&to=2026-12-31';

export const statisticsEntries: RouteEntry[] = [
  {
    method: 'GET', path: '/api/statistics/inquiries', audits: ['statistics.table_read'],
    url: () => `/api/statistics/inquiries?${period}&by=gender&level=region`, expect: readers,
  },
  {
    method: 'GET', path: '/api/statistics/summary', audits: ['statistics.summary_read'],
    url: () => `/api/statistics/summary?${period}`, expect: readers,
  },
  {
    method: 'GET', path: '/api/statistics/summary.pdf', audits: ['statistics.exported'],
    url: () => `/api/statistics/summary.pdf?${period}`, expect: readers,
  },
];

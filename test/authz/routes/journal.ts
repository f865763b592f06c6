import type { RouteEntry } from '../format.js';

/** The case journal: case.journal, which consultant and caseworker have and admin (case.read only) has not. */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

export const journalEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/journal', audits: ['journal.read'], caseScoped: true, expect: { inScope: caseWork(200) } },
  {
    method: 'POST',
    path: '/api/cases/:id/journal',
    audits: ['journal.entry_created'],
    caseScoped: true,
    body: () => ({ type: 'NOTAT', title: 'Samtale med AKT-læreren', body: 'Eleven virker presset.' }),
    expect: { inScope: caseWork(201) },
    mutates: ['journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/risk-communications',
    audits: ['journal.risk_communicated'],
    caseScoped: true,
    body: () => ({ recipient: 'MYNDIGHED', authority: 'Politi, Københavns Vestegn', riskLevel: 'HOEJ', informedAt: '2026-01-12T10:00:00+01:00' }),
    expect: { inScope: caseWork(201) },
    mutates: ['journal_entries'],
  },
];

import type { RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';
import { linkedInquiry } from '../fixtures.js';

/**
 * Issue 9, who is involved: the responsible caseworker (account or external contact), the municipality's decision
 * recorded by a consultant (consent.municipal_decision), the child's voice (DOMAIN.md § 4.4).
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });
const decision = {
  decidedBy: 'Hanne Leder', decidedByRole: 'Afdelingsleder, Børn og Familie', municipalityCode: '165', legalReference: 'Barnets lov § 20',
  decidedAt: '2026-01-12', rationale: 'Forældremyndighedsindehaverne er de frygtede gerningspersoner.',
};

export const involvementEntries: RouteEntry[] = [
  {
    method: 'PUT',
    path: '/api/cases/:id/responsible-caseworker',
    audits: ['case.responsible_set'],
    caseScoped: true,
    body: () => ({ contact: { name: 'Ekstern Sagsbehandler', department: 'Børn og Familie' } }),
    expect: { inScope: caseWork(200) },
    mutates: ['case_participants', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/inquiries/:id/municipal-decisions',
    audits: ['legal_basis.municipal_decision_recorded'],
    caseScoped: true,
    setup: async (e) => ({ inquiryId: (await linkedInquiry(e)).inquiryId }),
    url: (e) => `/api/inquiries/${e.ids.inquiryId}/municipal-decisions`,
    body: () => decision,
    expect: { inScope: { consultant: 201 } },
    mutates: ['legal_bases', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/municipal-decisions',
    audits: ['legal_basis.municipal_decision_recorded'],
    caseScoped: true,
    body: () => decision,
    expect: { inScope: { consultant: 201 } },
    mutates: ['legal_bases', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/child-voice', audits: ['child_voice.read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PUT',
    path: '/api/cases/:id/child-voice',
    audits: ['child_voice.updated'],
    caseScoped: true,
    body: () => ({ version: 0, talkedAloneAt: '2026-01-12', talkedAloneBy: 'Sikkerhedskonsulent', childAgreesFamily: 'NEJ' }),
    expect: { inScope: caseWork(200) },
    mutates: ['case_child_voice', 'journal_entries'],
  },
];

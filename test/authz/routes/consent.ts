import type { RouteEntry } from '../format.js';
import { custodyConsent, linkedConsent, linkedInquiry } from '../fixtures.js';

/**
 * Consent and the other legal basis (DOMAIN.md § 4.2). Consent: consultant and caseworker; another legal basis:
 * the municipal caseworker only (consent.other_legal_basis); the DPO's review list: the auditor only.
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });
const legalBasis = {
  basis: 'BARNETS_LOV_MYNDIGHED',
  scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'],
  decidedBy: 'Afdelingsleder, Børn og Familie',
  decidedAt: '2026-01-12',
  rationale: 'Forældremyndighedsindehaverne er de frygtede gerningspersoner.',
};
const inquiryOfCase = async (e: Parameters<NonNullable<RouteEntry['setup']>>[0]) => ({ inquiryId: (await linkedInquiry(e)).inquiryId });

export const consentEntries: RouteEntry[] = [
  {
    method: 'POST',
    path: '/api/inquiries/:id/consents',
    audits: ['consent.recorded'],
    caseScoped: true,
    setup: inquiryOfCase,
    url: (e) => `/api/inquiries/${e.ids.inquiryId}/consents`,
    body: () => custodyConsent(),
    expect: { inScope: caseWork(201) },
    mutates: ['consents', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/consents/:id/withdraw',
    audits: ['consent.withdrawn'],
    caseScoped: true,
    setup: async (e) => ({ consentId: await linkedConsent(e) }),
    url: (e) => `/api/consents/${e.ids.consentId}/withdraw`,
    body: () => ({ reason: 'Borgeren trækker samtykket tilbage' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/inquiries/:id/legal-bases',
    audits: ['legal_basis.recorded'],
    caseScoped: true,
    setup: inquiryOfCase,
    url: (e) => `/api/inquiries/${e.ids.inquiryId}/legal-bases`,
    body: () => legalBasis,
    expect: { inScope: { caseworker: 201 } },
    mutates: ['legal_bases', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/legal-bases',
    audits: ['legal_basis.recorded'],
    caseScoped: true,
    setup: inquiryOfCase,
    body: () => legalBasis,
    expect: { inScope: { caseworker: 201 } },
    mutates: ['legal_bases', 'journal_entries'],
  },
  // With a period, so the matrix sees the criteria logged on the list read (it has no subject).
  { method: 'GET', path: '/api/legal-bases', audits: ['legal_basis.listed'], url: () => '/api/legal-bases?from=2026-01-01&to=2026-12-31', expect: { auditor: 200 } },
];

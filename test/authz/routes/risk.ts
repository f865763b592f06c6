import { fullContent, grantRiskConsent } from '../../../src/server/modules/risk/risk.fixtures.js';
import type { RouteEntry } from '../format.js';
import { linkedInquiry, riskScopes } from '../fixtures.js';
import { CASE_ROLES_OK } from '../format.js';
import { draftAssessment, signedAssessment } from '../fixtures.js';

/**
 * Risk: reading follows case.read (consultant, caseworker, admin added to the case); screening and assessing
 * need risk.screen / risk.assess (consultant and caseworker). Sub-resources are made by the fixtures' owner.
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });
const withDraft = async (e: Parameters<NonNullable<RouteEntry['setup']>>[0]) => ({ aid: (await draftAssessment(e)).assessmentId });
const withFilledDraft = async (e: Parameters<NonNullable<RouteEntry['setup']>>[0]) => ({ aid: (await draftAssessment(e, true)).assessmentId });
const aidUrl = (suffix = '') => (e: { caseId: string; ids: Record<string, string> }) => `/api/cases/${e.caseId}/assessments/${e.ids.aid}${suffix}`;

export const riskEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/risk/instruments', expect: CASE_ROLES_OK(200) },
  {
    method: 'POST',
    path: '/api/cases/:id/screenings',
    audits: ['risk.screening_created'],
    caseScoped: true,
    body: () => ({ outcome: 'HANDLING', rationale: 'Trusler om udrejse', answers: {} }),
    expect: { inScope: caseWork(201) },
    mutates: ['risk_screenings'],
  },
  { method: 'GET', path: '/api/cases/:id/screenings', audits: ['risk.screenings_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST',
    path: '/api/cases/:id/assessments',
    audits: ['risk.assessment_created'],
    caseScoped: true,
    setup: async (e) => {
      await grantRiskConsent(e.ctx, e.caseId, riskScopes(e));
      return {};
    },
    expect: { inScope: caseWork(201) },
    mutates: ['risk_assessments'],
  },
  { method: 'GET', path: '/api/cases/:id/assessments', audits: ['risk.assessments_listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'GET',
    path: '/api/cases/:id/assessments/:aid',
    audits: ['risk.assessment_read'],
    caseScoped: true,
    setup: withDraft,
    url: aidUrl(),
    expect: { inScope: CASE_ROLES_OK(200) },
  },
  {
    method: 'PUT',
    path: '/api/cases/:id/assessments/:aid',
    audits: ['risk.assessment_saved'],
    caseScoped: true,
    setup: withDraft,
    url: aidUrl(),
    body: () => ({ content: fullContent() }),
    expect: { inScope: caseWork(200) },
  },
  {
    method: 'POST',
    path: '/api/cases/:id/assessments/:aid/complete',
    audits: ['risk.assessment_completed'],
    caseScoped: true,
    setup: withFilledDraft,
    url: aidUrl('/complete'),
    expect: { inScope: caseWork(200) },
    // Signing sets the next follow-up and says so in the journal (coordination, DOMAIN.md § 11.5).
    mutates: ['journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/risk/threat-levels', audits: ['risk.threat_levels_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'GET',
    path: '/api/cases/:id/assessments/:aid/report.pdf',
    audits: ['risk.assessment_read', 'risk.assessment_exported'],
    caseScoped: true,
    setup: signedAssessment,
    url: aidUrl('/report.pdf'),
    expect: { inScope: CASE_ROLES_OK(200) },
  },
  {
    method: 'POST',
    path: '/api/cases/:id/assessments/:aid/disclosures',
    audits: ['risk.disclosure_recorded', 'journal.risk_communicated'],
    caseScoped: true,
    setup: signedAssessment,
    url: aidUrl('/disclosures'),
    body: () => ({ recipientType: 'BORGER', recipient: 'Borgeren', disclosedOn: '2026-01-12' }),
    expect: { inScope: caseWork(201) },
    // A disclosure also writes its line in the case journal (risk.informed.service.ts).
    mutates: ['risk_disclosures', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/assessments/:aid/actions',
    audits: ['actions.task_created'],
    caseScoped: true,
    setup: signedAssessment,
    url: aidUrl('/actions'),
    body: (e) => ({ kind: 'TASK', sourceType: 'ANBEFALING', sourceId: e.ids.recommendationId, owner: 'Sagsbehandleren', deadline: '2026-12-01' }),
    expect: { inScope: caseWork(201) },
    mutates: ['tasks'],
  },
  // Reads journal lines too, so it needs case.journal (consultant, caseworker), not only case.read.
  { method: 'GET', path: '/api/cases/:id/risk/informed', audits: ['risk.informed_read', 'journal.read'], caseScoped: true, expect: { inScope: caseWork(200) } },
  // Screening an inquiry is scoped like the inquiry; once it has a case (as here) it is scoped like the case,
  // and a new screening belongs on the case: in scope answers 409 risk.inquiry_has_case, which is past the gate.
  {
    method: 'GET',
    path: '/api/inquiries/:id/screenings',
    audits: ['risk.screenings_read'],
    caseScoped: true,
    setup: async (e) => ({ inquiryId: (await linkedInquiry(e)).inquiryId }),
    url: (e) => `/api/inquiries/${e.ids.inquiryId}/screenings`,
    expect: { inScope: caseWork(200) },
  },
  {
    method: 'POST',
    path: '/api/inquiries/:id/screenings',
    // What a screening of an unopened inquiry logs; here the answer is 409, so the matrix checks no rows.
    audits: ['risk.screening_created'],
    caseScoped: true,
    setup: async (e) => ({ inquiryId: (await linkedInquiry(e)).inquiryId }),
    url: (e) => `/api/inquiries/${e.ids.inquiryId}/screenings`,
    body: () => ({ outcome: 'RAADGIVNING', rationale: 'Rådgivning om tegn på social kontrol.', answers: {} }),
    expect: { inScope: caseWork(409) },
  },
];

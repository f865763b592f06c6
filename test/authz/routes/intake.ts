import { CreateInquiryBody } from '../../../src/server/modules/intake/intake.schemas.js';
import { inquiryBody } from '../../../src/server/modules/intake/intake.fixtures.js';
import type { RouteEntry } from '../format.js';
import { linkedInquiry } from '../fixtures.js';

/**
 * Inquiries: consultant and caseworker (inquiry.create / inquiry.read). An inquiry opened into a case is in scope
 * exactly when its case is, so GET /api/inquiries/:id runs in / out of scope / excluded on the run's case.
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

export const intakeEntries: RouteEntry[] = [
  {
    method: 'POST',
    path: '/api/inquiries',
    audits: ['inquiry.created'],
    body: () => CreateInquiryBody.parse(inquiryBody()),
    expect: caseWork(201),
    mutates: ['inquiries'],
  },
  { method: 'GET', path: '/api/inquiries', audits: ['inquiry.listed'], url: () => '/api/inquiries?from=2026-01-01', expect: caseWork(200) },
  {
    method: 'GET',
    path: '/api/inquiries/:id',
    audits: ['inquiry.read'],
    caseScoped: true,
    setup: async (e) => ({ inquiryId: (await linkedInquiry(e)).inquiryId }),
    url: (e) => `/api/inquiries/${e.ids.inquiryId}`,
    expect: { inScope: caseWork(200) },
  },
];

import type { z } from 'zod';
import { api } from '../../app/api';
import type { CreateInquiryBody, InquiryList, InquiryView } from '../../../server/modules/intake/intake.schemas';
import type { ConsentView, LegalBasisView, RecordConsentBody, RecordLegalBasisBody } from '../../../server/modules/consent/consent.schemas';

/**
 * The intake part of the API, typed from the server's zod schemas (intake.schemas.ts, consent.schemas.ts), which
 * rule; types only, nothing of the server is bundled. Optional request fields are left out rather than sent as
 * null: the server's strict objects refuse unknown values.
 */
export type InquiryInput = z.input<typeof CreateInquiryBody>;
export type InquiryCitizenInput = InquiryInput['citizen'];
export type Inquiry = z.infer<typeof InquiryView>;
export type InquirySummary = z.infer<typeof InquiryList>['items'][number];
export type Consent = z.infer<typeof ConsentView>;
export type ConsentInput = z.input<typeof RecordConsentBody>;
export type LegalBasis = z.infer<typeof LegalBasisView>;
export type LegalBasisInput = z.input<typeof RecordLegalBasisBody>;

const enc = encodeURIComponent;
export const registerInquiry = (body: InquiryInput) => api<Inquiry>('POST', '/api/inquiries', body);
export const getInquiry = (id: string) => api<Inquiry>('GET', `/api/inquiries/${enc(id)}`);
export const listInquiries = (from?: string, to?: string) => {
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return api<z.infer<typeof InquiryList>>('GET', `/api/inquiries?${q}`);
};
export const recordConsent = (inquiryId: string, body: ConsentInput) => api<Consent>('POST', `/api/inquiries/${enc(inquiryId)}/consents`, body);
export const withdrawConsent = (consentId: string, reason?: string) =>
  api<Consent>('POST', `/api/consents/${enc(consentId)}/withdraw`, reason ? { reason } : {});
export const recordLegalBasis = (inquiryId: string, body: LegalBasisInput) =>
  api<LegalBasis>('POST', `/api/inquiries/${enc(inquiryId)}/legal-bases`, body);

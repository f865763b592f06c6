import { api } from '../../app/api';
import type { AgeBand, Channel, ConcernType, ConsentChannel, ConsentGiver, ConsentScope, Gender, InitiatorRole, LegalBasisCode, Reason } from './codes';

/**
 * The intake part of the API as the web app uses it. Mirrors the server's zod schemas
 * (modules/intake/intake.schemas.ts, consent/consent.schemas.ts), which rule. Optional request fields are left
 * out rather than sent as null: the server's strict objects refuse unknown values.
 */
export interface InquiryCitizenInput {
  ageBand?: AgeBand;
  gender?: Gender;
  municipalityCode?: string;
  // Identifying: only on an identified (non-anonymous) inquiry.
  name?: string;
  cpr?: string;
  address?: string;
  phone?: string;
}

export interface InquiryInput {
  receivedAt: string;
  channel: Channel;
  initiatorRole: InitiatorRole;
  initiatorMunicipalityCode?: string;
  anonymous: boolean;
  concernTypes: ConcernType[];
  reasons: Reason[];
  citizen: InquiryCitizenInput;
  advisedCitizenDirectly: boolean;
  summary?: string;
}

export interface Consent {
  id: string;
  inquiryId: string;
  giver: ConsentGiver;
  scopes: ConsentScope[];
  givenAt: string;
  channel: ConsentChannel;
  note: string | null;
  status: 'AKTIV' | 'TILBAGEKALDT';
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

export interface ConsentInput {
  giver: ConsentGiver;
  scopes: ConsentScope[];
  givenAt: string;
  channel: ConsentChannel;
  note?: string;
}

export interface LegalBasis {
  id: string;
  inquiryId: string;
  basis: LegalBasisCode;
  scopes: ConsentScope[];
  decidedBy: string;
  decidedAt: string;
  rationale: string;
  /** Recorded by a consultant on the municipality's behalf (issue 9). */
  municipalDecision: boolean;
  decidedByMunicipalityCode: string | null;
  decidedByRole: string | null;
  legalReference: string | null;
  recordedAt: string;
}

export interface LegalBasisInput {
  basis: LegalBasisCode;
  scopes: ConsentScope[];
  decidedBy: string;
  decidedAt: string;
  rationale: string;
}

export interface Inquiry {
  id: string;
  receivedAt: string;
  channel: Channel;
  initiatorRole: InitiatorRole;
  initiatorMunicipalityCode: string | null;
  anonymous: boolean;
  concernTypes: ConcernType[];
  reasons: Reason[];
  citizen: {
    age: number | null;
    ageBand: AgeBand;
    minor: boolean | null;
    gender: Gender;
    municipalityCode: string | null;
    name: string | null;
    hasCpr: boolean;
    address: string | null;
    phone: string | null;
  };
  advisedCitizenDirectly: boolean;
  summary: string | null;
  caseId: string | null;
  consents: Consent[];
  legalBases: LegalBasis[];
  /** A consent or legal basis allows opening a case (KONKRET_SAGSSPARRING / DIREKTE_RAADGIVNING). */
  caseAllowed: boolean;
  createdAt: string;
}

export interface InquirySummary {
  id: string;
  receivedAt: string;
  channel: Channel;
  initiatorRole: InitiatorRole;
  initiatorMunicipalityCode: string | null;
  citizenMunicipalityCode: string | null;
  anonymous: boolean;
  concernTypes: ConcernType[];
  ageBand: AgeBand;
  gender: Gender;
  caseId: string | null;
}

const enc = encodeURIComponent;
export const registerInquiry = (body: InquiryInput) => api<Inquiry>('POST', '/api/inquiries', body);
export const getInquiry = (id: string) => api<Inquiry>('GET', `/api/inquiries/${enc(id)}`);
export const listInquiries = (from?: string, to?: string) => {
  const q = new URLSearchParams();
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return api<{ items: InquirySummary[]; total: number }>('GET', `/api/inquiries?${q}`);
};
export const recordConsent = (inquiryId: string, body: ConsentInput) => api<Consent>('POST', `/api/inquiries/${enc(inquiryId)}/consents`, body);
export const withdrawConsent = (consentId: string, reason?: string) =>
  api<Consent>('POST', `/api/consents/${enc(consentId)}/withdraw`, reason ? { reason } : {});
export const recordLegalBasis = (inquiryId: string, body: LegalBasisInput) =>
  api<LegalBasis>('POST', `/api/inquiries/${enc(inquiryId)}/legal-bases`, body);

import { api } from '../../../app/api';
import type { LegalBasis, LegalBasisInput } from '../../intake/intakeApi';
import type { CaseDetail, ExternalCaseworker, InvolvementReason } from '../casesApi';

/** Issue 9 on the web: who is involved, the responsible caseworker, the municipality's decision, the child's voice. */
const enc = encodeURIComponent;

export const setResponsible = (caseId: string, body: { caseworkerId: string } | { contact: ExternalCaseworker }) =>
  api<CaseDetail>('PUT', `/api/cases/${enc(caseId)}/responsible-caseworker`, body);

export interface MunicipalDecisionInput extends LegalBasisInput {
  decidedByRole: string;
  municipalityCode: string;
  legalReference: string;
}
export const recordMunicipalDecision = (target: { inquiryId: string } | { caseId: string }, body: MunicipalDecisionInput) =>
  api<LegalBasis>('POST', 'inquiryId' in target ? `/api/inquiries/${enc(target.inquiryId)}/municipal-decisions` : `/api/cases/${enc(target.caseId)}/municipal-decisions`, body);

export type ChildAgrees = 'JA' | 'NEJ' | 'IKKE_AFKLARET';
export interface ChildVoice {
  caseId: string;
  talkedAloneAt: string | null;
  talkedAloneBy: string | null;
  childAgreesFamily: ChildAgrees | null;
  familyContactPlanned: boolean;
  excludedBisidder: { personId: string; name: string; role: string }[];
  note: string | null;
  warnings: { code: string; message: string }[];
  version: number;
  updatedAt: string | null;
}
export interface ChildVoiceInput {
  version: number;
  talkedAloneAt: string | null;
  talkedAloneBy: string | null;
  childAgreesFamily: ChildAgrees | null;
  familyContactPlanned: boolean;
  excludedBisidderPersonIds: string[];
  note: string | null;
}
export const getChildVoice = (caseId: string) => api<ChildVoice>('GET', `/api/cases/${enc(caseId)}/child-voice`);
export const putChildVoice = (caseId: string, body: ChildVoiceInput) => api<ChildVoice>('PUT', `/api/cases/${enc(caseId)}/child-voice`, body);

// Danish, for the case page: one source in server/shared/labels.ts (the server's INVOLVEMENT_TEXT says the same in the journal).
export { INVOLVEMENT_LABELS } from '../../../../server/shared/labels';

import { api } from '../../app/api';
import type { AgeBand, CaseStatus, ConcernType, Gender, PersonRole, Reason, RiskLevel } from '../intake/codes';
import type { Consent, LegalBasis, LegalBasisInput } from '../intake/intakeApi';

/** The cases part of the API as the web app uses it; mirrors modules/cases/cases.schemas.ts and journal.schemas.ts. */
export interface UserRef {
  id: string;
  displayName: string;
}

export interface Passport {
  country: string;
  number?: string;
}

export interface PersonInput {
  name: string;
  cpr?: string;
  address?: string;
  phone?: string;
  gender?: Gender;
  municipalityCode?: string;
  citizenships?: string[];
  passports?: Passport[];
}

export interface Person {
  id: string;
  role: PersonRole;
  name: string;
  cpr: string | null;
  birthDate: string | null;
  age: number | null;
  address: string | null;
  phone: string | null;
  gender: Gender;
  municipalityCode: string | null;
  citizenships: string[];
  passports: Passport[];
  abroad: boolean;
  country: string | null;
  relation: string | null;
}

export interface DutyToNotify {
  applies: boolean;
  reason: 'BORGER_UNDER_18' | 'BOERN_I_HUSSTANDEN' | null;
  fulfilledAt: string | null;
  notifiedMunicipalityCode: string | null;
  fulfilledBy: UserRef | null;
  legalReference: string;
}

export interface CaseDetail {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  inquiryId: string | null;
  responsibleMunicipalityCode: string;
  responsibleCaseworker: UserRef | null;
  consultants: UserRef[];
  citizen: Person | null;
  persons: Person[];
  concernTypes: ConcernType[];
  /** From the inquiry the case was opened from: its reasons and free-text summary. */
  concern: { reasons: Reason[]; summary: string | null; receivedAt: string } | null;
  minor: boolean | null;
  acute: boolean;
  currentRiskLevel: RiskLevel | null;
  childrenUnder18InHousehold: boolean;
  dutyToNotify: DutyToNotify;
  otherLegalBasis: boolean;
  consents: Consent[];
  legalBases: LegalBasis[];
  followUpDueAt: string | null;
  overdue: boolean;
  closure: { outcome: 'AFSLUTTET' | 'OVERDRAGET'; closedAt: string; reason: string; evaluation: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  responsibleMunicipalityCode: string;
  responsibleCaseworker: UserRef | null;
  citizenName: string | null;
  nameMasked: boolean;
  ageBand: AgeBand | null;
  concernTypes: ConcernType[];
  acute: boolean;
  currentRiskLevel: RiskLevel | null;
  dutyToNotifyPending: boolean;
  otherLegalBasis: boolean;
  followUpDueAt: string | null;
  overdue: boolean;
  createdAt: string;
}

export interface CaseFilters {
  scope: 'mine' | 'all';
  status?: CaseStatus;
  riskLevel?: RiskLevel;
  concernType?: ConcernType;
  overdue?: boolean;
  q?: string;
}

export const JOURNAL_TYPE_LABELS = {
  NOTAT: 'Notat',
  OPKALD: 'Opkald',
  MOEDE: 'Møde',
  AENDRING: 'Ændring',
  RISIKOFORMIDLING: 'Risiko formidlet',
} as const;
export type JournalType = keyof typeof JOURNAL_TYPE_LABELS;

export interface JournalEntry {
  id: string;
  type: JournalType;
  occurredAt: string;
  title: string;
  body: string;
  restricted: boolean;
  riskCommunication: {
    recipient: 'BORGER' | 'MYNDIGHED';
    authority: string | null;
    riskLevel: RiskLevel | null;
    informedAt: string;
    informedBy: UserRef;
    informedByDescription: string | null;
  } | null;
  author: UserRef | null;
  createdAt: string;
}

const enc = encodeURIComponent;
const base = (id: string) => `/api/cases/${enc(id)}`;

export const createCase = (body: {
  inquiryId: string;
  responsibleMunicipalityCode: string;
  responsibleCaseworkerId?: string;
  citizen: PersonInput;
  childrenUnder18InHousehold?: boolean;
  acute?: boolean;
}) => api<CaseDetail>('POST', '/api/cases', body);

export function listCases(f: CaseFilters) {
  const q = new URLSearchParams({ scope: f.scope });
  if (f.status) q.set('status', f.status);
  if (f.riskLevel) q.set('riskLevel', f.riskLevel);
  if (f.concernType) q.set('concernType', f.concernType);
  if (f.overdue) q.set('overdue', 'true');
  if (f.q) q.set('q', f.q);
  return api<{ items: CaseSummary[]; total: number }>('GET', `/api/cases?${q}`);
}
/** CPR search goes in a POST body: a CPR number never appears in a URL (DOMAIN.md § 10). */
export const searchCasesByCpr = (cpr: string) => api<{ items: CaseSummary[]; total: number }>('POST', '/api/cases/search', { cpr });
export const getCase = (id: string) => api<CaseDetail>('GET', base(id));
export const updateCase = (id: string, body: { status?: CaseStatus; acute?: boolean; followUpDueAt?: string | null }) =>
  api<CaseDetail>('PATCH', base(id), body);
export const handoverCase = (id: string, body: { municipalityCode: string; caseworkerId: string; reason: string; moveOpenTasks?: boolean }) =>
  api<{ id: string; caseNumber: string; responsibleMunicipalityCode: string; responsibleCaseworker: UserRef }>('POST', `${base(id)}/handover`, body);
export const closeCase = (id: string, body: { outcome: 'AFSLUTTET' | 'OVERDRAGET'; reason: string; evaluation?: string }) =>
  api<CaseDetail>('POST', `${base(id)}/close`, body);
export const reopenCase = (id: string, reason: string) => api<CaseDetail>('POST', `${base(id)}/reopen`, { reason });
export const fulfilDutyToNotify = (id: string, body: { fulfilledAt: string; notifiedMunicipalityCode: string; note?: string }) =>
  api<CaseDetail>('POST', `${base(id)}/duty-to-notify`, body);
export const caseworkerOptions = (municipalityCode: string) =>
  api<{ items: UserRef[] }>('GET', `/api/cases/caseworker-options?municipalityCode=${enc(municipalityCode)}`);

export const getJournal = (id: string) => api<{ items: JournalEntry[] }>('GET', `${base(id)}/journal`);
export const addJournalEntry = (id: string, body: { type: 'NOTAT' | 'OPKALD' | 'MOEDE'; title: string; body: string; restricted: boolean; occurredAt?: string }) =>
  api<JournalEntry>('POST', `${base(id)}/journal`, body);
export const recordRiskCommunication = (
  id: string,
  body: { recipient: 'BORGER' | 'MYNDIGHED'; authority?: string; riskLevel?: RiskLevel; informedAt: string; note?: string },
) => api<JournalEntry>('POST', `${base(id)}/risk-communications`, body);
export const recordCaseLegalBasis = (id: string, body: LegalBasisInput) => api<LegalBasis>('POST', `${base(id)}/legal-bases`, body);

export interface AddPersonInput {
  role: Exclude<PersonRole, 'BORGER'>;
  name: string;
  phone?: string;
  relation?: string;
  abroad?: boolean;
  country?: string;
}
export const addPerson = (id: string, body: AddPersonInput) => api<Person>('POST', `${base(id)}/persons`, body);

/** Who works on the case and who is shut out of it (server module case-access). */
export type StaffRole = 'consultant' | 'caseworker' | 'municipal_team' | 'analyst' | 'admin' | 'auditor';
export interface Participant {
  userId: string;
  displayName: string;
  role: StaffRole;
  participantRole: 'RESPONSIBLE_CASEWORKER' | 'CASEWORKER' | 'CONSULTANT' | 'OTHER';
  addedAt: string;
}
export interface Exclusion {
  userId: string;
  displayName: string;
  role: StaffRole;
  reason: string;
  excludedBy: string | null;
  excludedAt: string;
}
export interface AccessCandidate {
  userId: string;
  displayName: string;
  role: 'consultant' | 'caseworker';
}
export const getParticipants = (id: string) => api<{ items: Participant[] }>('GET', `${base(id)}/participants`);
export const addParticipant = (id: string, body: { userId: string; participantRole: 'CASEWORKER' | 'CONSULTANT' | 'OTHER' }) =>
  api<{ items: Participant[] }>('POST', `${base(id)}/participants`, body);
export const getExclusions = (id: string) => api<{ items: Exclusion[] }>('GET', `${base(id)}/exclusions`);
export const excludeUser = (id: string, body: { userId: string; reason: string }) => api<null>('POST', `${base(id)}/exclusions`, body);
export const liftExclusion = (id: string, userId: string) => api<null>('DELETE', `${base(id)}/exclusions/${enc(userId)}`);
export const getAccessCandidates = (id: string) => api<{ items: AccessCandidate[] }>('GET', `${base(id)}/access-candidates`);

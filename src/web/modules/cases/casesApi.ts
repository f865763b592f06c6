import type { z } from 'zod';
import { api } from '../../app/api';
import type {
  AddPersonBody, CaseList, CaseView, CaseworkerOptions, CloseCaseBody, CreateCaseBody, DutyToNotifyBody, HandoverBody, HandoverResult,
  ListCasesQuery, PersonInput as PersonInputSchema, PersonView, UpdateCaseBody,
} from '../../../server/modules/cases/cases.schemas';
import type { JournalEntryBody, JournalEntryView, JournalList, RiskCommunicationBody } from '../../../server/modules/journal/journal.schemas';
import type { AddParticipantBody, CandidateList, ExcludeUserBody, ExclusionView, ParticipantList, ParticipantView } from '../../../server/modules/case-access/case-access.schemas';
import type { LegalBasis, LegalBasisInput } from '../intake/intakeApi';

/**
 * The cases API, typed from the server's own zod schemas (types only: nothing of the server is bundled).
 * Requests are the schemas' input types (defaults may be left out); answers their output types.
 */
export type CaseDetail = z.infer<typeof CaseView>;
type CaseSummaryList = z.infer<typeof CaseList>;
export type CaseSummary = CaseSummaryList['items'][number];
export type Person = z.infer<typeof PersonView>;
export type PersonInput = z.input<typeof PersonInputSchema>;
export type UserRef = NonNullable<CaseDetail['responsibleCaseworker']>;
export type DutyToNotify = CaseDetail['dutyToNotify'];
export type JournalEntry = z.infer<typeof JournalEntryView>;
export type JournalType = JournalEntry['type'];
export type AddPersonInput = z.input<typeof AddPersonBody>;
export type Participant = z.infer<typeof ParticipantView>;
export type Exclusion = z.infer<typeof ExclusionView>;
export type StaffRole = Participant['role'];
export type AccessCandidate = z.infer<typeof CandidateList>['items'][number];
export type CaseFilters = Pick<z.input<typeof ListCasesQuery>, 'status' | 'riskLevel' | 'concernType' | 'q'> & { scope: 'mine' | 'all'; overdue?: boolean };

/** The journal's entry types in Danish (journal.schemas.ts JOURNAL_ENTRY_TYPES); the form offers the writable ones. */
export const JOURNAL_TYPE_LABELS: Record<JournalType, string> = {
  NOTAT: 'Notat',
  OPKALD: 'Opkald',
  MOEDE: 'Møde',
  AENDRING: 'Ændring',
  RISIKOFORMIDLING: 'Risiko formidlet',
};

const enc = encodeURIComponent;
const base = (id: string) => `/api/cases/${enc(id)}`;

export const createCase = (body: z.input<typeof CreateCaseBody>) => api<CaseDetail>('POST', '/api/cases', body);

export function listCases(f: CaseFilters) {
  const q = new URLSearchParams({ scope: f.scope });
  if (f.status) q.set('status', f.status);
  if (f.riskLevel) q.set('riskLevel', f.riskLevel);
  if (f.concernType) q.set('concernType', f.concernType);
  if (f.overdue) q.set('overdue', 'true');
  if (f.q) q.set('q', f.q);
  return api<CaseSummaryList>('GET', `/api/cases?${q}`);
}
/** CPR search goes in a POST body: a CPR number never appears in a URL (DOMAIN.md § 10). */
export const searchCasesByCpr = (cpr: string) => api<CaseSummaryList>('POST', '/api/cases/search', { cpr });
export const getCase = (id: string) => api<CaseDetail>('GET', base(id));
/**
 * A case change carries the version it was made on (API.md: every editable resource has one): a change to a case
 * someone else saved in between is refused with 409 conflict.stale instead of overwriting theirs.
 */
export const updateCase = (id: string, body: z.input<typeof UpdateCaseBody> & { version?: number }) => api<CaseDetail>('PATCH', base(id), body);
/** The version of what was read, for the next write (absent on a server without versions). */
export const versionOf = (c: object): { version?: number } =>
  'version' in c && typeof c.version === 'number' ? { version: c.version } : {};
export const handoverCase = (id: string, body: z.input<typeof HandoverBody>) => api<z.infer<typeof HandoverResult>>('POST', `${base(id)}/handover`, body);
export const closeCase = (id: string, body: z.input<typeof CloseCaseBody>) => api<CaseDetail>('POST', `${base(id)}/close`, body);
export const reopenCase = (id: string, reason: string) => api<CaseDetail>('POST', `${base(id)}/reopen`, { reason });
export const fulfilDutyToNotify = (id: string, body: z.input<typeof DutyToNotifyBody>) => api<CaseDetail>('POST', `${base(id)}/duty-to-notify`, body);
export const caseworkerOptions = (municipalityCode: string) =>
  api<z.infer<typeof CaseworkerOptions>>('GET', `/api/cases/caseworker-options?municipalityCode=${enc(municipalityCode)}`);

export const getJournal = (id: string) => api<z.infer<typeof JournalList>>('GET', `${base(id)}/journal`);
export const addJournalEntry = (id: string, body: z.input<typeof JournalEntryBody>) => api<JournalEntry>('POST', `${base(id)}/journal`, body);
export const recordRiskCommunication = (id: string, body: z.input<typeof RiskCommunicationBody>) => api<JournalEntry>('POST', `${base(id)}/risk-communications`, body);
export const recordCaseLegalBasis = (id: string, body: LegalBasisInput) => api<LegalBasis>('POST', `${base(id)}/legal-bases`, body);
export const addPerson = (id: string, body: AddPersonInput) => api<Person>('POST', `${base(id)}/persons`, body);

/** Who works on the case and who is shut out of it (server module case-access). */
export const getParticipants = (id: string) => api<z.infer<typeof ParticipantList>>('GET', `${base(id)}/participants`);
export const addParticipant = (id: string, body: z.input<typeof AddParticipantBody>) => api<z.infer<typeof ParticipantList>>('POST', `${base(id)}/participants`, body);
export const getExclusions = (id: string) => api<{ items: Exclusion[] }>('GET', `${base(id)}/exclusions`);
export const excludeUser = (id: string, body: z.input<typeof ExcludeUserBody>) => api<null>('POST', `${base(id)}/exclusions`, body);
export const liftExclusion = (id: string, userId: string) => api<null>('DELETE', `${base(id)}/exclusions/${enc(userId)}`);
export const getAccessCandidates = (id: string) => api<z.infer<typeof CandidateList>>('GET', `${base(id)}/access-candidates`);

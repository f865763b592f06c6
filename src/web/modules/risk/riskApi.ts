import { api } from '../../app/api';
import type { z } from 'zod';
import type {
  ActionBody, AssessmentContent, AssessmentList, AssessmentView, InformedList, ScreeningList, ScreeningView, ThreatLevels,
} from '../../../server/modules/risk/risk.schemas';
import type { Instrument } from '../../../server/modules/risk/risk.instrument';
import type { CaseActions } from '../../../server/modules/actions/actions.schemas';

/** The risk API, typed from the server's own schemas (types only: nothing of the server is bundled). */
export type { AssessmentContent, AssessmentView, Instrument };
export type Screening = z.infer<typeof ScreeningView>;
export type AssessmentSummary = z.infer<typeof AssessmentList>['assessments'][number];
export type ThreatPoint = z.infer<typeof ThreatLevels>['history'][number];
export type Actions = z.infer<typeof CaseActions>;
export type Informed = z.infer<typeof InformedList>['items'][number];
export type ScreeningBody = { outcome: string; rationale: string; answers: Record<string, string> };

const base = (caseId: string) => `/api/cases/${caseId}`;

export const getInstruments = () => api<{ instruments: Instrument[] }>('GET', '/api/risk/instruments');
export const listScreenings = (caseId: string) => api<z.infer<typeof ScreeningList>>('GET', `${base(caseId)}/screenings`);
export const createScreening = (caseId: string, body: ScreeningBody) => api<Screening>('POST', `${base(caseId)}/screenings`, body);
/** Screening on an inquiry (anonymously), before any case exists. */
export const listInquiryScreenings = (inquiryId: string) => api<z.infer<typeof ScreeningList>>('GET', `/api/inquiries/${inquiryId}/screenings`);
export const createInquiryScreening = (inquiryId: string, body: ScreeningBody) => api<Screening>('POST', `/api/inquiries/${inquiryId}/screenings`, body);
/** "Hvem er orienteret om risikoen": assessment disclosures and the journal's risk communications, merged. */
export const getInformed = (caseId: string) => api<z.infer<typeof InformedList>>('GET', `${base(caseId)}/risk/informed`);
export const listAssessments = (caseId: string) => api<z.infer<typeof AssessmentList>>('GET', `${base(caseId)}/assessments`);
export const getAssessment = (caseId: string, aid: string) => api<AssessmentView>('GET', `${base(caseId)}/assessments/${aid}`);
export const startAssessment = (caseId: string) => api<AssessmentView>('POST', `${base(caseId)}/assessments`);
/**
 * Saves the draft on top of the edit it was made from (`draftVersion`; the assessment's `version` is its ordinal,
 * "nr. 2"): another user's newer draft answers 409 conflict.stale instead of being overwritten.
 */
export const saveAssessment = (caseId: string, aid: string, content: AssessmentContent, draftVersion?: number) =>
  api<AssessmentView>('PUT', `${base(caseId)}/assessments/${aid}`, draftVersion === undefined ? { content } : { content, draftVersion });
/** The edit version of a draft as the server sent it (absent on a server without draft versions). */
export const draftVersionOf = (v: object): number | undefined =>
  'draftVersion' in v && typeof v.draftVersion === 'number' ? v.draftVersion : undefined;
export const completeAssessment = (caseId: string, aid: string) => api<AssessmentView>('POST', `${base(caseId)}/assessments/${aid}/complete`);
export const getThreatLevels = (caseId: string) => api<z.infer<typeof ThreatLevels>>('GET', `${base(caseId)}/risk/threat-levels`);
export const recordDisclosure = (caseId: string, aid: string, body: { recipientType: string; recipient: string; disclosedOn: string }) =>
  api('POST', `${base(caseId)}/assessments/${aid}/disclosures`, body);
export const createAction = (caseId: string, aid: string, body: z.input<typeof ActionBody>) =>
  api('POST', `${base(caseId)}/assessments/${aid}/actions`, body);
export const getActions = (caseId: string) => api<Actions>('GET', `${base(caseId)}/actions`);
/** `includeCpr` is a choice, not the number: the CPR number itself never goes in a URL. */
export const reportUrl = (caseId: string, aid: string, includeCpr = false) =>
  `${base(caseId)}/assessments/${aid}/report.pdf${includeCpr ? '?includeCpr=true' : ''}`;

// Dates are shown one way everywhere (app/format.ts).
export { formatDate, todayCopenhagen as today } from '../../app/format';

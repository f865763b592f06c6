/**
 * The Danish labels of the code lists (DOMAIN.md § 5) for every screen: the server's one source
 * (server/shared/labels.ts, also used for journal lines, the PDF and the data-subject export), re-exported with
 * the code types and lists the forms need. No web file spells a label again (labels.test.ts checks).
 */
import {
  AGE_BAND_LABELS, CASE_STATUS_LABELS, CHANNEL_LABELS, CONCERN_TYPE_LABELS, CONSENT_CHANNEL_LABELS, CONSENT_GIVER_LABELS,
  CONSENT_SCOPE_LABELS, GENDER_LABELS, INITIATOR_ROLE_LABELS, LEGAL_BASIS_LABELS, PERSON_ROLE_LABELS, REASON_LABELS,
  RISK_LEVEL_LABELS, codesOf,
} from '../../server/shared/labels';

export * from '../../server/shared/labels';

export type ConcernType = keyof typeof CONCERN_TYPE_LABELS;
export type Reason = keyof typeof REASON_LABELS;
export type InitiatorRole = keyof typeof INITIATOR_ROLE_LABELS;
export type Channel = keyof typeof CHANNEL_LABELS;
export type Gender = keyof typeof GENDER_LABELS;
export type AgeBand = keyof typeof AGE_BAND_LABELS;
export type ConsentGiver = keyof typeof CONSENT_GIVER_LABELS;
export type ConsentScope = keyof typeof CONSENT_SCOPE_LABELS;
export type ConsentChannel = keyof typeof CONSENT_CHANNEL_LABELS;
export type LegalBasisCode = keyof typeof LEGAL_BASIS_LABELS;
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export type RiskLevel = keyof typeof RISK_LEVEL_LABELS;
export type PersonRole = keyof typeof PERSON_ROLE_LABELS;

export const CONCERN_TYPES = codesOf(CONCERN_TYPE_LABELS);
export const REASONS = codesOf(REASON_LABELS);
export const CASE_STATUSES = codesOf(CASE_STATUS_LABELS);
export const RISK_LEVELS = codesOf(RISK_LEVEL_LABELS);
export const PERSON_ROLES = codesOf(PERSON_ROLE_LABELS);

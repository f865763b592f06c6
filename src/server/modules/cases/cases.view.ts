import { consentViewsOf } from '../consent/consent.service.js';
import { todayIso } from '../../shared/codes.js';
import { iso, type Svc } from '../../shared/svc.js';
import { casesRepo, type ViewParts } from './cases.repository.js';
import { personView } from './cases.persons.js';
import { responsibleView } from './cases.responsible.js';
import type { CaseView } from './cases.schemas.js';
import type { cases } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

export type CaseRow = typeof cases.$inferSelect;

export const isClosed = (status: string) => status === 'AFSLUTTET' || status === 'OVERDRAGET';
export const isOverdue = (row: { followUpDueAt: string | null; status: string }) =>
  !!row.followUpDueAt && row.followUpDueAt < todayIso() && !isClosed(row.status);

/** The full case as the response allowlist (CaseView) describes it. Call only for a case already in scope. */
export async function caseView(svc: Svc, row: CaseInScope): Promise<CaseView> {
  return caseViewOf(svc, row, await casesRepo.viewParts(svc.db, row));
}

/** The same view from parts already read (the audited read folds them into its gate's statement). */
export function caseViewOf(svc: Svc, row: CaseInScope, parts: ViewParts): CaseView {
  const { participants, history } = parts;
  const views = parts.persons.map((p) => personView(svc, p, history));
  const { consents, legalBases } = consentViewsOf(svc, parts.consents, parts.legalBases);
  const concern = parts.concern
    ? { reasons: parts.concern.reasons as NonNullable<CaseView['concern']>['reasons'], summary: svc.fc.decryptOpt(parts.concern.summaryEnc), receivedAt: iso(parts.concern.receivedAt) }
    : null;
  const responsible = participants.find((p) => p.user_id === row.responsibleCaseworkerId);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    version: row.version,
    status: row.status,
    inquiryId: row.inquiryId,
    responsibleMunicipalityCode: row.responsibleMunicipalityCode,
    responsibleCaseworker: responsibleView(svc, row, responsible ? { id: responsible.user_id, displayName: responsible.display_name } : null),
    involvement: parts.involvement,
    consultants: participants.filter((p) => p.participant_role === 'CONSULTANT').map((p) => ({ id: p.user_id, displayName: p.display_name })),
    citizen: views.find((p) => p.role === 'BORGER') ?? null,
    persons: views.filter((p) => p.role !== 'BORGER'),
    concernTypes: row.concernTypes as CaseView['concernTypes'],
    concern,
    minor: row.citizenMinor,
    acute: row.acute,
    currentRiskLevel: row.currentRiskLevel as CaseView['currentRiskLevel'],
    childrenUnder18InHousehold: row.childrenUnder18InHousehold,
    dutyToNotify: {
      applies: row.dutyToNotifyApplies,
      reason: !row.dutyToNotifyApplies ? null : row.citizenMinor ? 'BORGER_UNDER_18' : 'BOERN_I_HUSSTANDEN',
      fulfilledAt: row.dutyFulfilledAt,
      notifiedMunicipalityCode: row.dutyNotifiedMunicipalityCode,
      fulfilledBy: row.dutyFulfilledBy ? { id: row.dutyFulfilledBy, displayName: parts.dutyName ?? '' } : null,
      legalReference: 'Barnets lov § 133',
    },
    otherLegalBasis: row.otherLegalBasis,
    consents,
    legalBases,
    followUpDueAt: row.followUpDueAt,
    overdue: isOverdue(row),
    closure: row.closureOutcome && row.closedAt
      ? {
          outcome: row.closureOutcome as 'AFSLUTTET' | 'OVERDRAGET',
          closedAt: iso(row.closedAt),
          reason: svc.fc.decryptOpt(row.closureReasonEnc) ?? '',
          evaluation: svc.fc.decryptOpt(row.evaluationEnc),
        }
      : null,
    handoverPending: parts.handoverPending,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

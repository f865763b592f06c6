import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict, notFound, staleVersion, validationError } from '../../platform/http/errors.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { changedPaths, completenessProblems, emptyContent, structuralProblems } from './risk.content.js';
import { requireAssessmentConsent } from './risk.consent.js';
import { currentInstrument, findInstrument, type Instrument } from './risk.instrument.js';
import * as repo from './risk.repository.js';
import { scheduleAfterSigning } from '../followup/followup.service.js';
import type { AssessmentContent, AssessmentView } from './risk.schemas.js';

const PURPOSE = 'risikovurdering';

export const signedConflict = () =>
  conflict('risk.assessment_signed', 'Risikovurderingen er afsluttet og underskrevet og kan ikke ændres. Start en ny vurdering.');


export function instrumentOf(a: { instrumentCode: string; instrumentVersion: string }): Instrument {
  const inst = findInstrument(a.instrumentCode, a.instrumentVersion);
  if (!inst) throw new Error(`instrument ${a.instrumentCode}@${a.instrumentVersion} er ikke indlæst`);
  return inst;
}

/** Full view of one assessment: its content, what changed since the one it started from, to whom it was made known. */
async function buildView(s: Svc, c: CaseInScope, row: repo.AssessmentRow): Promise<AssessmentView> {
  const caseNumber = c.caseNumber;
  const { a } = row;
  const base = a.basedOnId ? await repo.findAssessment(s.db, s.fc, c, a.basedOnId) : null;
  const disclosures = await repo.listDisclosures(s.db, s.fc, a.id);
  return {
    id: a.id, caseId: a.caseId, caseNumber, version: a.version, revision: a.revision, status: a.status,
    instrument: { code: a.instrumentCode, version: a.instrumentVersion },
    content: a.content,
    basedOnId: a.basedOnId,
    changedFromPrevious: base ? changedPaths(base.a.content, a.content) : [],
    createdBy: { id: a.createdBy, displayName: row.creatorName },
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    assessor: a.assessorId ? { id: a.assessorId, displayName: row.assessorName ?? '' } : null,
    completedAt: a.completedAt?.toISOString() ?? null,
    disclosures: disclosures.map(({ d, recordedByName }) => ({
      id: d.id, recipientType: d.recipientType, recipient: d.recipient, disclosedOn: d.disclosedOn,
      recordedBy: { id: d.recordedBy, displayName: recordedByName },
    })),
  };
}

/** Starts a draft; a re-assessment is pre-filled from the last signed one (and marks what changes). */
export async function createAssessment(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    await requireAssessmentConsent(tx, c);
    const draft = await repo.findDraft(tx, c);
    if (draft) {
      throw conflict('risk.draft_exists', 'Der er allerede et udkast til en risikovurdering på sagen.', [{ path: 'assessmentId', message: draft.id }]);
    }
    const previous = await repo.lastCompleted(tx, s.fc, c);
    const inst = previous ? instrumentOf(previous) : currentInstrument();
    const row = await repo.insertAssessment(tx, s.fc, {
      caseId, instrumentCode: inst.code, instrumentVersion: inst.version,
      content: previous ? previous.content : emptyContent(inst),
      basedOnId: previous?.id ?? null, createdBy: actor.userId,
    });
    await recordAudit(tx, {
      type: 'risk.assessment_created', actor, subjectType: 'risk_assessment', subjectId: row.id, caseId, purpose: PURPOSE,
      details: { version: row.version, basedOnId: previous?.id ?? null, instrument: `${inst.code}@${inst.version}` },
    });
    return buildView(s, c, (await repo.findAssessment(tx, s.fc, c, row.id))!);
  });
}

export async function getAssessment(svc: Svc, actor: Actor, caseId: string, assessmentId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = await repo.findAssessment(tx, s.fc, c, assessmentId);
    if (!row) throw notFound();
    await recordAudit(tx, { type: 'risk.assessment_read', actor, subjectType: 'risk_assessment', subjectId: assessmentId, caseId, purpose: PURPOSE });
    return buildView(s, c, row);
  });
}

export async function listAssessments(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await repo.listAssessments(tx, c);
    await recordAudit(tx, { type: 'risk.assessments_listed', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: PURPOSE });
    return {
      assessments: rows.map(({ a, assessorName }) => ({
        id: a.id, version: a.version, status: a.status, createdAt: a.createdAt.toISOString(), completedAt: a.completedAt?.toISOString() ?? null,
        assessor: a.assessorId ? { id: a.assessorId, displayName: assessorName ?? '' } : null,
        seriousViolence: a.seriousViolenceLevel, imminent: a.imminent,
      })),
    };
  });
}

/** A perpetrator or likely victim may point at a person of this case only (intake's case_persons); free text needs no id. */
async function foreignPersonProblems(tx: Db, c: CaseInScope, content: AssessmentContent) {
  const refs = [
    ...content.perpetrators.map((p, i) => ({ personId: p.personId, path: `body.content.perpetrators.${i}.personId` })),
    ...content.conclusions.likelyVictims.map((p, i) => ({ personId: p.personId, path: `body.content.conclusions.likelyVictims.${i}.personId` })),
  ].filter((r): r is { personId: string; path: string } => !!r.personId);
  const known = await repo.personIdsOfCase(tx, c, [...new Set(refs.map((r) => r.personId))]);
  return refs.filter((r) => !known.has(r.personId)).map((r) => ({ path: r.path, message: 'Personen findes ikke på sagen.' }));
}

/**
 * Autosave of a draft. A signed assessment is immutable: 409. Never a silent overwrite of someone else's
 * work: a stale `revision` is 409 conflict.stale, and so is a save without one when another user saved last
 * (the client cannot have seen their text).
 */
export async function saveDraft(svc: Svc, actor: Actor, caseId: string, assessmentId: string, content: AssessmentContent, revision?: number) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const locked = await repo.lockAssessment(tx, s.fc, c, assessmentId);
    if (!locked) throw notFound();
    if (locked.status !== 'UDKAST') throw signedConflict();
    const lastSaver = locked.updatedBy ?? locked.createdBy;
    if (revision !== undefined ? revision !== locked.revision : lastSaver !== actor.userId && locked.revision > 1) {
      throw staleVersion(locked.revision);
    }
    await requireAssessmentConsent(tx, c);
    const problems = [...structuralProblems(instrumentOf(locked), content), ...(await foreignPersonProblems(tx, c, content))];
    if (problems.length) throw validationError(problems);
    await repo.saveDraftContent(tx, s.fc, assessmentId, content, actor.userId);
    await recordAudit(tx, {
      type: 'risk.assessment_saved', actor, subjectType: 'risk_assessment', subjectId: assessmentId, caseId, purpose: PURPOSE,
      details: { changedFields: changedPaths(locked.content, content).slice(0, 100) },
    });
    return buildView(s, c, (await repo.findAssessment(tx, s.fc, c, assessmentId))!);
  });
}

/** Completes and signs: the signer becomes the assessor, the case's current risk level follows the conclusion. */
export async function completeAssessment(svc: Svc, actor: Actor, caseId: string, assessmentId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const locked = await repo.lockAssessment(tx, s.fc, c, assessmentId);
    if (!locked) throw notFound();
    if (locked.status !== 'UDKAST') throw signedConflict();
    await requireAssessmentConsent(tx, c);
    const problems = completenessProblems(instrumentOf(locked), locked.content);
    if (problems.length) throw validationError(problems, 'Vurderingen kan ikke afsluttes, før alle faktorer og konklusioner er udfyldt.');
    const { seriousViolence, imminent } = locked.content.conclusions;
    await repo.markCompleted(tx, assessmentId, actor.userId, seriousViolence!, imminent!);
    await repo.setCaseRiskLevel(tx, c, seriousViolence!);
    await scheduleAfterSigning(tx, s, actor, c, seriousViolence!, imminent!); // DOMAIN.md § 11.5
    await recordAudit(tx, {
      type: 'risk.assessment_completed', actor, subjectType: 'risk_assessment', subjectId: assessmentId, caseId, purpose: PURPOSE,
      details: { version: locked.version, seriousViolence: seriousViolence!, imminent: imminent! },
    });
    return buildView(s, c, (await repo.findAssessment(tx, s.fc, c, assessmentId))!);
  });
}

/** The conclusions of signed assessments in time order: what the case's chart draws. Levels, never numbers. */
export async function threatLevels(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await repo.listAssessments(tx, c);
    await recordAudit(tx, { type: 'risk.threat_levels_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: PURPOSE });
    return {
      history: rows
        .filter(({ a }) => a.status === 'AFSLUTTET')
        .map(({ a }) => ({
          assessmentId: a.id, version: a.version, completedAt: a.completedAt!.toISOString(),
          seriousViolence: a.seriousViolenceLevel!, imminent: a.imminent!,
        })),
    };
  });
}

import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { recordDenied } from '../../platform/audit/audit.js';
import { deniedNotFound, staleVersion, validationError } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { inTx, iso, type Svc } from '../../shared/svc.js';
import { actorNamesOfCase, resolveOwner, userIfSeesCase, type OwnerInput, type ResolvedOwner } from '../actors/actors.service.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { caseCitizenBirthDate } from '../case-core/cases.citizen.js';
import { appendChange } from '../journal/journal.service.js';
import type { ActionSourceType } from '../actions/actions.codes.js';
import { measureProblems } from './measures.limits.js';
import { measuresRepo } from './measures.repository.js';
import { assessmentsPort, type SignedAssessment } from './measures.assessments.js';
import type { CreateMeasureBody, MeasureView, PatchMeasureBody } from './measures.schemas.js';
import { MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS, NEXT_STATUSES, RENEWAL_DAYS, type MeasureOrigin } from './safety.codes.js';
import { safetyErrors } from './safety.errors.js';
import type { MeasureRow } from './safety.tables.js';

export const plusDays = (isoDate: string, days: number) => {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** What a scenario or recommendation id points at in the case's signed assessments (newest first). */
function findAnswer(signed: SignedAssessment[], kind: 'SCENARIE' | 'ANBEFALING', id: string) {
  for (const a of signed) {
    if (kind === 'SCENARIE') {
      const s = a.content.scenarios.find((x) => x.id === id);
      if (s) return { assessmentId: a.id, title: s.title, level: s.level };
    } else {
      const r = a.content.recommendations.find((x) => x.id === id);
      if (r) return { assessmentId: a.id, title: r.text, level: null };
    }
  }
  return null;
}

/** The scenario whose proposed measure (a "Gør til" source) has this id. */
export function scenarioOfProposedMeasure(signed: SignedAssessment[], measureItemId: string) {
  for (const a of signed) for (const s of a.content.scenarios) if (s.measures.some((m) => m.id === measureItemId)) return { assessmentId: a.id, scenario: s };
  return null;
}

export async function measureViews(db: Db, fc: FieldCrypto, c: CaseInScope, rows: MeasureRow[], signed?: SignedAssessment[]): Promise<MeasureView[]> {
  if (!rows.length) return [];
  const assessments = signed ?? (await assessmentsPort.get().signedAssessments(db, fc, c));
  const actors = await actorNamesOfCase(db, fc, c);
  const userIds = [...new Set(rows.map((r) => r.ownerUserId).filter((x): x is string => !!x))];
  const names = await measuresRepo.userNames(db, userIds);
  const sees = new Map<string, boolean>();
  for (const u of userIds) sees.set(u, !!(await userIfSeesCase(db, u, c.id)));
  const today = todayIso();
  return rows.map((r) => {
    const actor = r.ownerActorId ? actors.get(r.ownerActorId) : null;
    const answer = r.scenarioId ? findAnswer(assessments, 'SCENARIE', r.scenarioId) : r.recommendationId ? findAnswer(assessments, 'ANBEFALING', r.recommendationId) : null;
    return {
      id: r.id, caseId: r.caseId, version: r.version, measureType: r.measureType, status: r.status,
      owner: r.ownerUserId
        ? { kind: 'USER', userId: r.ownerUserId, actorId: null, name: names.get(r.ownerUserId) ?? '', actorType: null, phone: null, lostAccess: !sees.get(r.ownerUserId) }
        : r.ownerActorId && actor
          ? { kind: 'ACTOR', userId: null, actorId: r.ownerActorId, name: actor.name, actorType: actor.actorType, phone: actor.phone, lostAccess: false }
          : null,
      startsOn: r.startsOn, endsOn: r.endsOn, description: fc.decrypt(r.descriptionEnc), origin: r.origin,
      assessmentId: r.sourceAssessmentId, scenarioId: r.scenarioId, recommendationId: r.recommendationId,
      answers: answer ? { kind: r.scenarioId ? 'SCENARIE' : 'ANBEFALING', title: answer.title, level: answer.level } : null,
      screeningId: r.screeningId,
      decided: r.decidedByEnc && r.decidedOn ? { by: fc.decrypt(r.decidedByEnc), on: r.decidedOn } : null,
      evaluation: r.evaluationOutcome ? { outcome: r.evaluationOutcome, note: fc.decryptOpt(r.evaluationNoteEnc) ?? '' } : null,
      endedOn: r.endedOn,
      renewalDue: r.status === 'IVAERKSAT' && !!r.endsOn && r.endsOn <= plusDays(today, RENEWAL_DAYS),
      createdAt: iso(r.createdAt), updatedAt: iso(r.updatedAt),
    };
  });
}

/** Put in force with an actor as owner: the case's consents must allow sharing with it (actors.assertMayShareWith). */
const ownerFor = (s: Svc, c: CaseInScope, owner: OwnerInput, status: string) =>
  resolveOwner(s.db, s.fc, c, owner, { requireSharingBasis: status === 'IVAERKSAT' });

async function checkLimits(s: Svc, c: CaseInScope, f: Omit<Parameters<typeof measureProblems>[0], 'citizenBirthDate' | 'today'>) {
  const citizenBirthDate = f.measureType === 'PASINDDRAGELSE' ? await caseCitizenBirthDate(s.db, s, c.id) : null;
  const problems = measureProblems({ ...f, citizenBirthDate, today: todayIso() });
  if (problems.length) throw validationError(problems);
}

export interface ProposeInput extends CreateMeasureBody {
  /** Set by "Gør til" on a signed assessment: the recommendation or the scenario's proposed measure it came from. */
  source?: { type: ActionSourceType; id: string; assessmentId: string };
}

/**
 * One entry in the register, inside the caller's transaction (the case already through the gate). The measures
 * route, the screening and the assessment's "Gør til" all come here. Audited as safety.measure_created.
 */
export async function proposeMeasure(s: Svc, actor: Actor, c: CaseInScope, input: ProposeInput): Promise<MeasureView> {
  const signed = await assessmentsPort.get().signedAssessments(s.db, s.fc, c);
  let scenarioId = input.scenarioId ?? null;
  let recommendationId = input.recommendationId ?? null;
  let assessmentId: string | null = input.source?.assessmentId ?? null;
  if (input.source?.type === 'ANBEFALING') recommendationId = input.source.id;
  if (input.source?.type === 'SCENARIE_FORANSTALTNING') scenarioId = scenarioOfProposedMeasure(signed, input.source.id)?.scenario.id ?? null;
  if (scenarioId) {
    const found = findAnswer(signed, 'SCENARIE', scenarioId);
    if (!found) throw validationError([{ path: 'body.scenarioId', message: 'Scenariet findes ikke i en afsluttet risikovurdering af sagen' }]);
    assessmentId ??= found.assessmentId;
  }
  if (recommendationId && !input.source) {
    const found = findAnswer(signed, 'ANBEFALING', recommendationId);
    if (!found) throw validationError([{ path: 'body.recommendationId', message: 'Anbefalingen findes ikke i en afsluttet risikovurdering af sagen' }]);
    assessmentId ??= found.assessmentId;
  }
  if (input.screeningId && !(await assessmentsPort.get().screeningOnCase(s.db, c, input.screeningId))) {
    throw validationError([{ path: 'body.screeningId', message: 'Screeningen findes ikke på sagen' }]);
  }
  const origin: MeasureOrigin = input.source || scenarioId || recommendationId ? 'VURDERING' : input.screeningId ? 'SCREENING' : 'SAG';
  const today = todayIso();
  const startsOn = input.startsOn ?? (input.status === 'FORESLAAET' ? null : today);
  await checkLimits(s, c, {
    measureType: input.measureType, status: input.status, startsOn, endsOn: input.endsOn, endsOnWritten: true,
    decided: input.decided ?? null, evaluation: input.evaluation ?? null,
  });
  const owner = await ownerFor(s, c, input.owner, input.status);
  const row = await measuresRepo.insert(s.db, c, {
    measureType: input.measureType, status: input.status, descriptionEnc: s.fc.encrypt(input.description ?? ''),
    responsibleEnc: s.fc.encrypt(owner.name), deadline: input.endsOn, startsOn, endsOn: input.endsOn,
    ownerUserId: owner.userId, ownerActorId: owner.actorId, scenarioId, recommendationId, origin,
    screeningId: input.screeningId ?? null, sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null,
    sourceAssessmentId: assessmentId, decidedByEnc: s.fc.encryptOpt(input.decided?.by), decidedOn: input.decided?.on ?? null,
    evaluationOutcome: input.evaluation?.outcome ?? null, evaluationNoteEnc: s.fc.encryptOpt(input.evaluation?.note),
    endedOn: input.status === 'AFSLUTTET' ? today : null, createdBy: actor.userId, updatedBy: actor.userId,
  });
  await appendChange(s.db, s, c, actor, `Foranstaltning ${MEASURE_STATUS_LABELS[input.status].toLowerCase()}: ${MEASURE_TYPE_LABELS[input.measureType]}`);
  await recordAudit(s.db, {
    type: 'safety.measure_created', actor, subjectType: 'safety_measure', subjectId: row.id, caseId: c.id, purpose: c.id,
    details: { measureType: input.measureType, status: input.status, origin, ownerKind: owner.kind, scenarioId, recommendationId, screeningId: input.screeningId ?? null },
  });
  return (await measureViews(s.db, s.fc, c, [row], signed))[0]!;
}

export async function createMeasure(svc: Svc, actor: Actor, caseId: string, body: CreateMeasureBody): Promise<MeasureView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => proposeMeasure(inTx(svc, tx), actor, c, body));
}

export async function listMeasures(svc: Svc, actor: Actor, caseId: string, q: { status?: MeasureView['status'] }) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await measuresRepo.ofCase(tx, c, q.status);
    await recordAudit(tx, {
      type: 'safety.measures_listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id,
      details: { status: q.status ?? null, count: rows.length },
    });
    return { items: await measureViews(tx, svc.fc, c, rows) };
  });
}

/** The gate for /api/measures/:mid: the measure's case must be in scope; a missing measure looks the same. */
async function requireMeasureCase(db: Db, actor: Actor, mid: string): Promise<CaseInScope> {
  const caseId = await measuresRepo.caseIdOf(db, mid);
  if (!caseId) {
    await recordDenied(db, actor, { reason: 'not_found' });
    throw deniedNotFound();
  }
  return requireCaseInScope(db, actor, caseId);
}

export async function patchMeasure(svc: Svc, actor: Actor, mid: string, body: PatchMeasureBody): Promise<MeasureView> {
  const c = await requireMeasureCase(svc.db, actor, mid);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const row = (await measuresRepo.byIdOfCaseForUpdate(tx, c, mid))!;
    if (row.version !== body.version) throw staleVersion(row.version);
    const status = body.status ?? row.status;
    if (!NEXT_STATUSES[row.status].includes(status)) throw safetyErrors.statusBack(row.status, status);
    const today = todayIso();
    const asked = body.startsOn !== undefined ? body.startsOn : row.startsOn;
    // In force without a start date: it starts today.
    const startsOn = status === 'IVAERKSAT' && !asked ? today : asked;
    const endsOn = body.endsOn !== undefined ? body.endsOn : row.endsOn;
    const decided = body.decided !== undefined ? body.decided : row.decidedByEnc && row.decidedOn ? { by: s.fc.decrypt(row.decidedByEnc), on: row.decidedOn } : null;
    const evaluation = body.evaluation ?? (row.evaluationOutcome ? { outcome: row.evaluationOutcome, note: s.fc.decryptOpt(row.evaluationNoteEnc) ?? '' } : null);
    await checkLimits(s, c, {
      measureType: row.measureType, status, startsOn, endsOn, endsOnWritten: body.endsOn !== undefined || (status !== row.status && status !== 'AFSLUTTET'),
      decided, evaluation,
    });
    let owner: ResolvedOwner | null = null;
    if (body.owner) owner = await ownerFor(s, c, body.owner, status);
    else if (status === 'IVAERKSAT' && row.status !== 'IVAERKSAT' && row.ownerActorId) owner = await ownerFor(s, c, { actorId: row.ownerActorId }, status);
    const updated = await measuresRepo.update(tx, c, mid, row.version, {
      status, startsOn, endsOn, deadline: endsOn,
      ...(body.description !== undefined ? { descriptionEnc: s.fc.encrypt(body.description) } : {}),
      ...(owner && body.owner ? { ownerUserId: owner.userId, ownerActorId: owner.actorId, responsibleEnc: s.fc.encrypt(owner.name), handoverFromUserId: null } : {}),
      ...(body.decided !== undefined ? { decidedByEnc: s.fc.encryptOpt(decided?.by), decidedOn: decided?.on ?? null } : {}),
      ...(body.evaluation ? { evaluationOutcome: body.evaluation.outcome, evaluationNoteEnc: s.fc.encryptOpt(body.evaluation.note) } : {}),
      ...(status === 'AFSLUTTET' && row.status !== 'AFSLUTTET' ? { endedOn: today } : {}),
      updatedBy: actor.userId,
    });
    if (!updated) throw staleVersion(row.version + 1);
    const fields = Object.keys(body).filter((k) => k !== 'version' && (body as Record<string, unknown>)[k] !== undefined);
    if (status !== row.status) await appendChange(tx, s, c, actor, `Foranstaltning ${MEASURE_STATUS_LABELS[status].toLowerCase()}: ${MEASURE_TYPE_LABELS[row.measureType]}`);
    if (body.owner) await appendChange(tx, s, c, actor, `Ny ejer af foranstaltningen ${MEASURE_TYPE_LABELS[row.measureType]}`);
    await recordAudit(tx, {
      type: 'safety.measure_updated', actor, subjectType: 'safety_measure', subjectId: mid, caseId: c.id, purpose: c.id,
      details: { fields, from: row.status, status, ...(body.evaluation ? { evaluation: body.evaluation.outcome } : {}), ...(owner ? { ownerKind: owner.kind } : {}) },
    });
    return (await measureViews(tx, s.fc, c, [updated]))[0]!;
  });
}

/** A handover (cases module): the previous caseworker's live measures wait for the receiver's choice. In its transaction. */
export const markMeasuresHandedOver = (tx: Db, c: CaseInScope, fromUserId: string) => measuresRepo.markHandedOver(tx, c, fromUserId);

/** The measures still waiting for the receiver of a handover, as views (the case already through the gate). */
export async function handoverPendingMeasures(db: Db, fc: FieldCrypto, c: CaseInScope): Promise<MeasureView[]> {
  return measureViews(db, fc, c, await measuresRepo.handoverPending(db, c));
}

/**
 * The receiver's choice for one measure after a handover (tasks.handover.ts): a new owner (themselves or someone
 * else of the case), which clears the mark. Version-checked when the caller names one; audited as a measure
 * change; the journal line is written by the caller, once for all its choices. Returns the type's Danish label.
 */
export async function reassignMeasureAfterHandover(s: Svc, actor: Actor, c: CaseInScope, mid: string, owner: OwnerInput, version: number | undefined, path: string) {
  const row = await measuresRepo.byIdOfCaseForUpdate(s.db, c, mid);
  if (!row || !row.handoverFromUserId || !['FORESLAAET', 'IVAERKSAT'].includes(row.status)) {
    throw validationError([{ path: `${path}.id`, message: 'Foranstaltningen venter ikke på et valg efter overdragelsen' }]);
  }
  if (version !== undefined && row.version !== version) throw staleVersion(row.version);
  const resolved = await resolveOwner(s.db, s.fc, c, owner, { requireSharingBasis: row.status === 'IVAERKSAT', path: `${path}.owner` });
  const updated = await measuresRepo.update(s.db, c, mid, row.version, {
    ownerUserId: resolved.userId, ownerActorId: resolved.actorId, responsibleEnc: s.fc.encrypt(resolved.name), handoverFromUserId: null, updatedBy: actor.userId,
  });
  if (!updated) throw staleVersion(row.version + 1);
  await recordAudit(s.db, {
    type: 'safety.measure_updated', actor, subjectType: 'safety_measure', subjectId: mid, caseId: c.id, purpose: c.id,
    details: { fields: ['owner'], from: row.status, status: row.status, ownerKind: resolved.kind, afterHandover: true },
  });
  return { label: MEASURE_TYPE_LABELS[row.measureType], ownerName: resolved.name };
}

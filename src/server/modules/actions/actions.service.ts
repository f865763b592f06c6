import { and, asc, eq } from 'drizzle-orm';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/http/errors.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { actionsRepo } from './actions.repository.js';
import type { ActionSourceType, MeasureType } from './actions.codes.js';
import type { Svc } from '../../shared/svc.js';
import { safetyMeasures, tasks } from './actions.tables.js';
import type { SafetyMeasureView, TaskView } from './actions.schemas.js';

/**
 * Tasks and safety measures of a case. Other modules create them through `addTask` / `addSafetyMeasure`
 * inside their own transaction (a `Svc` over it), after they have authorised the caller and checked the case
 * scope. Text and owner are encrypted at rest (migrations/0044): sealed here on insert, opened here on read.
 */
export interface ActionSource {
  type: ActionSourceType;
  id: string;
  assessmentId: string | null;
}

type TaskRow = typeof tasks.$inferSelect;
type MeasureRow = typeof safetyMeasures.$inferSelect;

const sourceOf = (r: MeasureRow) =>
  r.sourceType && r.sourceId ? { type: r.sourceType, id: r.sourceId, assessmentId: r.sourceAssessmentId } : null;

/** The free-text owner; tasks owned by a user or an actor are shown with names by the tasks module (/api/cases/:id/tasks). */
export const taskView = (fc: FieldCrypto, r: TaskRow): TaskView => ({
  id: r.id, caseId: r.caseId, title: fc.decrypt(r.titleEnc), owner: fc.decryptOpt(r.ownerEnc) ?? '', deadline: r.deadline, status: r.status,
  source: r.sourceType ? { type: r.sourceType, id: r.sourceId, assessmentId: r.sourceAssessmentId } : null, createdAt: r.createdAt.toISOString(),
});
export const measureView = (fc: FieldCrypto, r: MeasureRow): SafetyMeasureView => ({
  id: r.id, caseId: r.caseId, measureType: r.measureType, description: fc.decrypt(r.descriptionEnc), responsible: fc.decrypt(r.responsibleEnc),
  deadline: r.deadline, status: r.status, source: sourceOf(r), createdAt: r.createdAt.toISOString(),
});

export async function addTask(
  { db: tx, fc }: Svc,
  actor: Actor,
  input: { case: CaseInScope; title: string; owner: string; deadline: string | null; source: ActionSource | null },
): Promise<TaskView> {
  const [row] = await tx
    .insert(tasks)
    .values({
      caseId: input.case.id, titleEnc: fc.encrypt(input.title), ownerEnc: fc.encrypt(input.owner), deadline: input.deadline,
      sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null, sourceAssessmentId: input.source?.assessmentId ?? null,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, {
    type: 'actions.task_created', actor, subjectType: 'task', subjectId: row!.id, caseId: input.case.id, purpose: 'sagsbehandling',
    details: { sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null },
  });
  return taskView(fc, row!);
}

export async function addSafetyMeasure(
  { db: tx, fc }: Svc,
  actor: Actor,
  input: { case: CaseInScope; measureType: MeasureType; description: string; responsible: string; deadline: string | null; source: ActionSource | null },
): Promise<SafetyMeasureView> {
  const [row] = await tx
    .insert(safetyMeasures)
    .values({
      caseId: input.case.id, measureType: input.measureType, descriptionEnc: fc.encrypt(input.description), responsibleEnc: fc.encrypt(input.responsible),
      deadline: input.deadline, sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null,
      sourceAssessmentId: input.source?.assessmentId ?? null, createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, {
    type: 'actions.safety_measure_created', actor, subjectType: 'safety_measure', subjectId: row!.id, caseId: input.case.id,
    purpose: 'sagsbehandling', details: { measureType: input.measureType, sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null },
  });
  return measureView(fc, row!);
}

/** The case's tasks and measures; 404 when the case is outside the caller's scope. */
export async function listCaseActions({ db, fc }: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(db, actor, caseId);
  return db.transaction(async (tx) => {
    const taskRows = await actionsRepo.tasksOf(tx, c);
    const measureRows = await actionsRepo.measuresOf(tx, c);
    await recordAudit(tx, { type: 'actions.listed', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: 'sagsbehandling' });
    return { tasks: taskRows.map((r) => taskView(fc, r)), safetyMeasures: measureRows.map((r) => measureView(fc, r)) };
  });
}

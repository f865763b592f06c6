import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, recordDenied } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { deniedNotFound, notFound, staleVersion, validationError } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { gatheringPort } from './tasks.gathering.js';
import { resolveOwner } from './tasks.owner.js';
import { tasksRepo } from './tasks.repository.js';
import type { ActionCardTasksBody, CreateTaskBody, GatherBody, PatchTaskBody } from './tasks.schemas.js';
import { actionCardBySlug, appliesTo } from '../knowledge/knowledge.content.js';
import { taskViews } from './tasks.view.js';

const PURPOSE = 'koordinering';

/** DOMAIN.md § 11.6: a deadline is never in the past (400 naming the field). */
function assertDeadline(deadline: string | undefined, path = 'body.deadline') {
  if (deadline !== undefined && deadline < todayIso()) throw validationError([{ path, message: 'Fristen må ikke ligge før i dag' }]);
}

export async function listTasks(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await tasksRepo.listOfCase(tx, c);
    await recordAudit(tx, { type: 'tasks.listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE, details: { count: rows.length } });
    return { tasks: await taskViews(tx, svc.fc, c, rows) };
  });
}

export async function createTask(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof CreateTaskBody>) {
  assertDeadline(body.deadline);
  if (body.sourceType !== 'MANUEL' && !body.sourceId) throw validationError([{ path: 'body.sourceId', message: 'Angiv hvad opgaven kommer fra' }]);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, svc.fc, c, body.owner, 'body.owner');
    const row = await tasksRepo.insert(tx, c, {
      titleEnc: svc.fc.encrypt(body.title), ...owner, deadline: body.deadline, sourceType: body.sourceType,
      sourceId: body.sourceType === 'MANUEL' ? null : body.sourceId!, createdBy: actor.userId,
      outcomeEnc: null,
    });
    await recordAudit(tx, {
      type: 'tasks.created', actor, subjectType: 'task', subjectId: row.id, caseId: c.id, purpose: PURPOSE,
      details: { sourceType: body.sourceType, ownerKind: owner.ownerUserId ? 'user' : 'actor' },
    });
    return (await taskViews(tx, svc.fc, c, [row]))[0]!;
  });
}

/** The task's case passes the gate first; a task that does not exist is refused like one out of scope. */
async function gateOfTask(svc: Svc, actor: Actor, taskId: string): Promise<CaseInScope> {
  const caseId = await tasksRepo.caseIdOf(svc.db, taskId);
  if (!caseId) {
    await recordDenied(svc.db, actor, { reason: 'not_found', route: '/api/tasks/:tid' });
    throw deniedNotFound();
  }
  return requireCaseInScope(svc.db, actor, caseId);
}

export async function patchTask(svc: Svc, actor: Actor, taskId: string, body: z.infer<typeof PatchTaskBody>) {
  assertDeadline(body.deadline);
  const c = await gateOfTask(svc, actor, taskId);
  return svc.db.transaction(async (tx) => {
    const row = await tasksRepo.lock(tx, c, taskId);
    if (!row) throw notFound();
    if (row.version !== body.version) throw staleVersion(row.version);
    const owner = body.owner ? await resolveOwner(tx, svc.fc, c, body.owner, 'body.owner') : null;
    const closing = body.status && body.status !== 'AABEN';
    const reopening = body.status === 'AABEN' && row.status !== 'AABEN';
    const updated = await tasksRepo.update(tx, c, taskId, {
      ...(body.status ? { status: body.status } : {}),
      ...(body.outcome !== undefined ? { outcomeEnc: svc.fc.encryptOpt(body.outcome || undefined) } : {}),
      ...(body.title ? { titleEnc: svc.fc.encrypt(body.title) } : {}),
      ...(body.deadline ? { deadline: body.deadline } : {}),
      ...(owner ? { ...owner, ownerEnc: null, handoverFromUserId: null } : {}),
      ...(closing && row.status === 'AABEN' ? { closedAt: new Date(), closedBy: actor.userId } : {}),
      ...(reopening ? { closedAt: null, closedBy: null } : {}),
    });
    const fields = Object.keys(body).filter((k) => k !== 'version' && (body as Record<string, unknown>)[k] !== undefined);
    await recordAudit(tx, {
      type: 'tasks.updated', actor, subjectType: 'task', subjectId: taskId, caseId: c.id, purpose: PURPOSE,
      details: { fields, status: updated.status, version: updated.version },
    });
    return (await taskViews(tx, svc.fc, c, [updated]))[0]!;
  });
}

/** "Who gathers what" in one action; a factor that already has its gathering task is not made twice. */
export async function gatherFromAssessment(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof GatherBody>) {
  assertDeadline(body.deadline);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const found = await gatheringPort.get()(s, c, body.assessmentId);
    if (!found) throw validationError([{ path: 'body.assessmentId', message: 'Risikovurderingen findes ikke på sagen' }]);
    const owner = await resolveOwner(tx, svc.fc, c, body.owner, 'body.owner');
    const already = await tasksRepo.gatheredRefs(tx, c, body.assessmentId);
    const rows = [];
    for (const f of found.candidates.filter((x) => !already.has(x.ref))) {
      rows.push(await tasksRepo.insert(tx, c, {
        titleEnc: svc.fc.encrypt(`Indhent oplysninger: ${f.label}`), ...owner, deadline: body.deadline,
        sourceType: 'FAKTOR', sourceRef: f.ref, sourceAssessmentId: body.assessmentId, createdBy: actor.userId,
      }));
    }
    await recordAudit(tx, {
      type: 'tasks.gathered', actor, subjectType: 'risk_assessment', subjectId: body.assessmentId, caseId: c.id, purpose: PURPOSE,
      details: { created: rows.length, alreadyThere: already.size, assessmentStatus: found.status },
    });
    return { created: await taskViews(tx, svc.fc, c, rows), alreadyThere: found.candidates.length - rows.length };
  });
}

/**
 * An action card's steps become tasks on the case in one action (issue 14, DOMAIN.md § 9). The card must be one
 * that applies to the case (its concern types and the citizen's age, as the case's knowledge links show), the
 * steps must be the card's, and a step already made a task here is skipped. Each task keeps the card and step
 * as its source (`HANDLINGSKORT`, `slug#step`) and the step's text as its title.
 */
export async function tasksFromActionCard(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof ActionCardTasksBody>) {
  assertDeadline(body.deadline);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const card = actionCardBySlug(body.slug);
  const age = c.citizenMinor === null ? null : c.citizenMinor ? 'UNDER_18' : 'OVER_18';
  if (!card || !appliesTo(card, { concernTypes: c.concernTypes, age })) {
    throw validationError([{ path: 'body.slug', message: 'Handlekortet findes ikke eller gælder ikke denne sag' }]);
  }
  const unknown = body.stepIds.findIndex((id) => !card.steps.some((s) => s.id === id));
  if (unknown >= 0) throw validationError([{ path: `body.stepIds.${unknown}`, message: 'Trinnet findes ikke på handlekortet' }]);
  const chosen = card.steps.filter((s) => body.stepIds.includes(s.id));
  return svc.db.transaction(async (tx) => {
    const owner = await resolveOwner(tx, svc.fc, c, body.owner, 'body.owner');
    const already = await tasksRepo.actionCardRefs(tx, c);
    const rows = [];
    for (const step of chosen) {
      const ref = `${card.slug}#${step.id}`;
      if (already.has(ref)) continue;
      rows.push(await tasksRepo.insert(tx, c, {
        titleEnc: svc.fc.encrypt(step.title), ...owner, deadline: body.deadline,
        sourceType: 'HANDLINGSKORT', sourceRef: ref, createdBy: actor.userId,
      }));
    }
    await recordAudit(tx, {
      type: 'tasks.from_action_card', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE,
      details: { card: card.slug, cardVersion: card.version, steps: chosen.map((s) => s.id), created: rows.length, ownerKind: owner.ownerUserId ? 'user' : 'actor' },
    });
    return { created: await taskViews(tx, svc.fc, c, rows), alreadyThere: chosen.length - rows.length };
  });
}

/**
 * A handover (cases module): the previous caseworker's open tasks on the case wait for the receiver to take them
 * over or reassign them (tasks.handover.ts); when the handover asked for it they move to the receiver at once,
 * still waiting for the receiver's confirmation. Runs inside the handover's transaction; logged.
 */
export async function moveTasksOnHandover(tx: Db, actor: Actor, c: CaseInScope, fromUserId: string, toUserId: string | null) {
  const marked = await tasksRepo.markHandedOver(tx, c, fromUserId, toUserId);
  const moved = marked.filter((m) => m.moved).map((m) => m.id);
  if (moved.length) {
    await recordAudit(tx, {
      type: 'tasks.handed_over', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE,
      details: { from: fromUserId, to: toUserId, taskIds: moved },
    });
  }
  return { moved: moved.length, waiting: marked.length };
}

/** The open tasks of a gated case, as views (for closure: what is still open). */
export async function openTasksOf(db: Db, fc: FieldCrypto, c: CaseInScope) {
  return (await taskViews(db, fc, c, await tasksRepo.listOfCase(db, c))).filter((t) => t.status === 'AABEN');
}

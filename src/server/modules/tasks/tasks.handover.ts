import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { staleVersion, validationError } from '../../platform/http/errors.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { lockCase, requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import { handoverPendingMeasures, markMeasuresHandedOver, reassignMeasureAfterHandover } from '../safety/measures.service.js';
import { MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS } from '../safety/safety.codes.js';
import { resolveOwner, userNames } from './tasks.owner.js';
import { tasksRepo } from './tasks.repository.js';
import { TASK_STATUS_LABELS } from '../actions/tasks.codes.js';
import type { DecideHandoverBody, HandoverOwnersView } from './tasks.schemas.js';
import { moveTasksOnHandover } from './tasks.service.js';
import { taskViews } from './tasks.view.js';

/**
 * Handover and ownership (issue 10 item 5, issue 11 item 2, DOMAIN.md § 4.6): the tasks and measures the previous
 * responsible caseworker owned follow the case, and the receiver is asked, on the case page and in the work
 * queue (tasks.handover.work.ts), to take each over or give it to someone else of the case. The choice is
 * audited and written in the journal in Danish.
 */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const countText = (tasks: number, measures: number) =>
  [tasks ? plural(tasks, 'opgave', 'opgaver') : '', measures ? plural(measures, 'foranstaltning', 'foranstaltninger') : ''].filter(Boolean).join(' og ');

/**
 * Inside the handover's transaction (cases.service handoverCase): marks what the previous caseworker owned as
 * waiting for the receiver; tasks move to the receiver at once when asked (`moveTasks`), measures keep their
 * owner (shown as without access) until the receiver chooses. One journal line says what waits.
 */
export async function ownersOnHandover(tx: Db, s: Svc, actor: Actor, c: CaseInScope, fromUserId: string, toUserId: string | null, moveTasks: boolean) {
  const tasks = await moveTasksOnHandover(tx, actor, c, fromUserId, moveTasks ? toUserId : null);
  const measures = (await markMeasuresHandedOver(tx, c, fromUserId)).length;
  if (tasks.waiting || measures) {
    await appendChange(tx, s, c, actor, `Ved overdragelsen venter ${countText(tasks.waiting, measures)} fra den tidligere sagsbehandler på, at den nye sagsbehandler overtager eller fordeler dem`);
  }
  return { movedTasks: tasks.moved, waitingTasks: tasks.waiting, waitingMeasures: measures };
}

async function pendingView(db: Db, svc: Svc, c: CaseInScope): Promise<z.infer<typeof HandoverOwnersView>> {
  const taskRows = await tasksRepo.handoverPending(db, c);
  const tasks = await taskViews(db, svc.fc, c, taskRows);
  const measures = await handoverPendingMeasures(db, svc.fc, c);
  const fromIds = [...new Set(taskRows.map((t) => t.handoverFromUserId!))];
  const names = await userNames(db, fromIds);
  const fromOf = new Map(taskRows.map((t) => [t.id, t.handoverFromUserId!]));
  return {
    items: [
      ...tasks.map((t) => ({
        kind: 'TASK' as const, id: t.id, version: t.version, title: t.title, status: 'AABEN', statusLabel: TASK_STATUS_LABELS.AABEN, due: t.deadline,
        owner: { userId: t.owner.type === 'USER' ? t.owner.userId : null, name: t.owner.name },
        previousOwner: names.get(fromOf.get(t.id)!) ?? '',
      })),
      ...measures.map((m) => ({
        kind: 'MEASURE' as const, id: m.id, version: m.version, title: MEASURE_TYPE_LABELS[m.measureType], status: m.status,
        statusLabel: MEASURE_STATUS_LABELS[m.status], due: m.endsOn,
        owner: { userId: m.owner?.userId ?? null, name: m.owner?.name ?? '' },
        previousOwner: m.owner?.lostAccess ? m.owner.name : '',
      })),
    ],
    counts: { tasks: tasks.length, measures: measures.length },
  };
}

/** GET /api/cases/:id/handover/owners: what still waits for a choice after a handover. Audited as a read. */
export async function handoverOwners(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const view = await pendingView(tx, inTx(svc, tx), c);
    await recordAudit(tx, {
      type: 'tasks.handover_owners_listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id,
      details: { tasks: view.counts.tasks, measures: view.counts.measures },
    });
    return view;
  });
}

/**
 * POST /api/cases/:id/handover/owners: the receiver's choices, all or nothing: each task or measure gets an owner
 * (the caller takes it over, or someone else of the case gets it: a user who can open the case or an actor).
 * A choice for something that no longer waits is 400 naming it; a stale version 409.
 */
export async function decideHandoverOwners(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof DecideHandoverBody>) {
  const gated = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const c = await lockCase(tx, actor, gated);
    const lines: string[] = [];
    let takenTasks = 0, takenMeasures = 0, givenTasks = 0, givenMeasures = 0;
    for (const [i, d] of body.decisions.entries()) {
      const path = `body.decisions.${i}`;
      const mine = 'userId' in d.owner && d.owner.userId === actor.userId;
      if (d.kind === 'TASK') {
        const row = await tasksRepo.lock(tx, c, d.id);
        if (!row || row.status !== 'AABEN' || !row.handoverFromUserId) throw validationError([{ path: `${path}.id`, message: 'Opgaven venter ikke på et valg efter overdragelsen' }]);
        if (d.version !== undefined && row.version !== d.version) throw staleVersion(row.version);
        const owner = await resolveOwner(tx, s.fc, c, d.owner, `${path}.owner`);
        const updated = await tasksRepo.update(tx, c, d.id, { ...owner, ownerEnc: null, handoverFromUserId: null });
        await recordAudit(tx, {
          type: 'tasks.updated', actor, subjectType: 'task', subjectId: d.id, caseId: c.id, purpose: 'koordinering',
          details: { fields: ['owner'], status: updated.status, version: updated.version, afterHandover: true },
        });
        const [view] = await taskViews(tx, s.fc, c, [updated]);
        lines.push(`Opgaven »${view!.title}«: ${mine ? 'overtaget' : `fordelt til ${view!.owner.name}`}`);
        if (mine) takenTasks += 1; else givenTasks += 1;
      } else {
        const r = await reassignMeasureAfterHandover(s, actor, c, d.id, d.owner, d.version, path);
        lines.push(`Foranstaltningen ${r.label}: ${mine ? 'overtaget' : `fordelt til ${r.ownerName}`}`);
        if (mine) takenMeasures += 1; else givenMeasures += 1;
      }
    }
    const parts = [
      takenTasks + takenMeasures ? `overtog ${countText(takenTasks, takenMeasures)}` : '',
      givenTasks + givenMeasures ? `fordelte ${countText(givenTasks, givenMeasures)} til andre` : '',
    ].filter(Boolean);
    await appendChange(tx, s, c, actor, `Efter overdragelsen: ${actor.displayName} ${parts.join(' og ')}`, lines.join('\n'));
    await recordAudit(tx, {
      type: 'tasks.handover_owners_decided', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id,
      details: { takenTasks, takenMeasures, givenTasks, givenMeasures },
    });
    return pendingView(tx, s, c);
  });
}

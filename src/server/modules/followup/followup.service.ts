import type { CaseInScope } from '../case-core/cases.scope.js';
import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { validationError } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { inTx, iso, type Svc } from '../../shared/svc.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import type { RiskLevel } from '../../shared/codes.js';
import { RISK_LEVEL_LABELS } from '../../shared/labels.js';
import { userNames } from '../tasks/tasks.owner.js';
import { followUpDays, nextFollowUp } from './followup.pacing.js';
import { followUpRepo } from './followup.repository.js';
import type { RecordFollowUpBody } from './followup.schemas.js';

const PURPOSE = 'opfoelgning';
const danishDate = (d: string) => d.split('-').reverse().join('.');

/**
 * Called by the risk module inside the signing transaction (the case has passed its gate there): the next
 * follow-up follows the level just concluded, and the case's journal says so.
 */
export async function scheduleAfterSigning(tx: Db, svc: Svc, actor: Actor, c: CaseInScope, level: RiskLevel, imminent: boolean) {
  const caseId = c.id;
  const due = nextFollowUp(todayIso(), level, imminent);
  await followUpRepo.setDue(tx, caseId, due);
  await appendChange(tx, inTx(svc, tx), c, actor,
    `Næste opfølgning ${danishDate(due)} (${imminent ? 'overhængende risiko' : `${RISK_LEVEL_LABELS[level].toLowerCase()} risiko`}: ${followUpDays(level, imminent)} dage)`);
  return due;
}

export async function recordFollowUp(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof RecordFollowUpBody>) {
  const today = todayIso();
  if (body.followedUpOn > today) throw validationError([{ path: 'body.followedUpOn', message: 'Datoen må ikke ligge i fremtiden' }]);
  if (body.nextDueOn && body.nextDueOn < today) throw validationError([{ path: 'body.nextDueOn', message: 'Næste opfølgning må ikke ligge før i dag' }]);
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const next = body.nextDueOn ?? nextFollowUp(today, body.riskLevel, body.imminent);
    const row = await followUpRepo.insert(tx, c, {
      followedUpOn: body.followedUpOn, checkedEnc: svc.fc.encrypt(body.checked), riskLevel: body.riskLevel,
      imminent: body.imminent, nextDueOn: next, recordedBy: actor.userId,
    });
    await followUpRepo.setDue(tx, c.id, next);
    await appendChange(tx, inTx(svc, tx), c, actor, `Opfølgning registreret (${RISK_LEVEL_LABELS[body.riskLevel].toLowerCase()} risiko); næste ${danishDate(next)}`);
    await recordAudit(tx, {
      type: 'followup.recorded', actor, subjectType: 'follow_up', subjectId: row.id, caseId: c.id, purpose: PURPOSE,
      details: { riskLevel: body.riskLevel, imminent: body.imminent, nextDueOn: next },
    });
    return view(svc, row, actor.displayName);
  });
}

function view(svc: Svc, r: Awaited<ReturnType<typeof followUpRepo.list>>[number], name: string) {
  return {
    id: r.id, followedUpOn: r.followedUpOn, checked: svc.fc.decrypt(r.checkedEnc), riskLevel: r.riskLevel, imminent: r.imminent,
    nextDueOn: r.nextDueOn, recordedBy: { id: r.recordedBy, displayName: name }, createdAt: iso(r.createdAt),
  };
}

export async function listFollowUps(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await followUpRepo.list(tx, c);
    const names = await userNames(tx, [...new Set(rows.map((r) => r.recordedBy))]);
    const due = await followUpRepo.dueOf(tx, c);
    await recordAudit(tx, { type: 'followup.listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: PURPOSE, details: { count: rows.length } });
    return { nextDueOn: due, overdue: !!due && due < todayIso(), items: rows.map((r) => view(svc, r, names.get(r.recordedBy) ?? '')) };
  });
}

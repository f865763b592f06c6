import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { todayIso } from '../../shared/codes.js';
import type { Svc } from '../../shared/svc.js';
import type { WorkItem } from '../../shared/work-item.js';
import { tasks } from '../actions/actions.tables.js';
import { cases } from '../case-core/cases.tables.js';
import { addDays, caseImminent, myOpenCases, UPCOMING_DAYS } from '../case-core/work.scope.js';

/**
 * TASK items: my open tasks (overdue, due within a week, or without a deadline), and the open tasks on my cases
 * owned by someone without an account (an actor, a named outsider) that are overdue or due within a week:
 * someone responsible has to chase them. Only cases in my scope (myOpenCases ANDs caseScope in).
 */
export async function taskWork({ db, fc }: Svc, actor: Actor): Promise<WorkItem[]> {
  const today = todayIso();
  const horizon = addDays(today, UPCOMING_DAYS);
  const rows = await db
    .select({ t: tasks, caseNumber: cases.caseNumber, risk: cases.currentRiskLevel, imminent: caseImminent })
    .from(tasks)
    .innerJoin(cases, eq(cases.id, tasks.caseId))
    .where(and(
      myOpenCases(actor),
      eq(tasks.status, 'AABEN'),
      or(
        and(eq(tasks.ownerUserId, actor.userId), or(isNull(tasks.deadline), sql`${tasks.deadline} <= ${horizon}`)),
        and(isNull(tasks.ownerUserId), sql`${tasks.deadline} <= ${horizon}`),
      ),
    ));
  return rows.map(({ t, caseNumber, risk, imminent }) => ({
    kind: 'TASK', caseId: t.caseId, caseNumber,
    title: t.ownerUserId ? fc.decrypt(t.titleEnc) : `${fc.decrypt(t.titleEnc)} (ansvarlig uden for Skjold)`,
    due: t.deadline, overdue: !!t.deadline && t.deadline < today, riskLevel: risk, imminent: !!imminent,
    href: `/sager/${t.caseId}/opgaver#opgave-${t.id}`,
  }));
}

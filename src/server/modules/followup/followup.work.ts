import { and, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { todayIso } from '../../shared/codes.js';
import type { Svc } from '../../shared/svc.js';
import type { WorkItem } from '../../shared/work-item.js';
import { cases } from '../case-core/cases.tables.js';
import { addDays, caseImminent, myOpenCases, UPCOMING_DAYS } from '../case-core/work.scope.js';

/** FOLLOW_UP items: my open cases whose next follow-up is overdue or due within a week. */
export async function followUpWork({ db }: Svc, actor: Actor): Promise<WorkItem[]> {
  const today = todayIso();
  const rows = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber, due: cases.followUpDueAt, risk: cases.currentRiskLevel, imminent: caseImminent })
    .from(cases)
    .where(and(myOpenCases(actor), isNotNull(cases.followUpDueAt), sql`${cases.followUpDueAt} <= ${addDays(today, UPCOMING_DAYS)}`));
  return rows.map((r) => ({
    kind: 'FOLLOW_UP', caseId: r.id, caseNumber: r.caseNumber, title: 'Opfølgning på sagen',
    due: r.due, overdue: r.due! < today, riskLevel: r.risk, imminent: !!r.imminent, href: `/sager/${r.id}/opfoelgning`,
  }));
}

import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { WorkItem } from '../../shared/work-item.js';
import { cases } from '../case-core/cases.tables.js';
import { caseImminent, myOpenCases } from '../case-core/work.scope.js';

/** DOMAIN.md § 4.3: the duty to notify applies and is not recorded: always due now, on every case I work on. */
export async function dutyToNotifyWork(db: Db, actor: Actor): Promise<WorkItem[]> {
  const rows = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber, createdAt: cases.createdAt, risk: cases.currentRiskLevel, imminent: caseImminent })
    .from(cases)
    .where(and(myOpenCases(actor), eq(cases.dutyToNotifyApplies, true), isNull(cases.dutyFulfilledAt)));
  return rows.map((r) => ({
    kind: 'DUTY_TO_NOTIFY', caseId: r.id, caseNumber: r.caseNumber,
    title: 'Underretning efter Barnets lov § 133 er ikke registreret',
    due: r.createdAt.toISOString().slice(0, 10), overdue: true, riskLevel: r.risk, imminent: !!r.imminent,
    href: `/sager/${r.id}`,
  }));
}

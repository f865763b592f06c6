import { sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { WorkItem } from '../../shared/work-item.js';
import { cases } from '../case-core/cases.tables.js';
import { caseImminent, myOpenCases } from '../case-core/work.scope.js';
import { countText } from './tasks.handover.js';

/**
 * Work-queue provider for `HANDOVER_OWNERS`: on my open cases, the tasks and measures of a previous caseworker
 * that wait for a choice after a handover (tasks.handover.ts). It asks the receiving caseworker; when the case
 * went to a contact without a Skjold account, the consultants on the case, who then give them to someone. The
 * title names the case number and the counts, nothing about the citizen.
 */
export async function handoverOwnersWork(db: Db, actor: Actor): Promise<WorkItem[]> {
  const rows = await queryRows<{ id: string; case_number: string; risk: string | null; imminent: boolean; mine: boolean; tasks: number; measures: number }>(db, sql`
    SELECT ${cases.id} AS id, ${cases.caseNumber} AS case_number, ${cases.currentRiskLevel} AS risk, ${caseImminent} AS imminent,
           (${cases.responsibleCaseworkerId} = ${actor.userId}) AS mine,
           (SELECT count(*)::int FROM tasks t WHERE t.case_id = ${cases.id} AND t.status = 'AABEN' AND t.handover_from_user_id IS NOT NULL) AS tasks,
           (SELECT count(*)::int FROM safety_measures sm WHERE sm.case_id = ${cases.id} AND sm.status IN ('FORESLAAET','IVAERKSAT') AND sm.handover_from_user_id IS NOT NULL) AS measures
      FROM cases
     WHERE ${myOpenCases(actor)}
       AND (${cases.responsibleCaseworkerId} = ${actor.userId}
            OR (${cases.responsibleCaseworkerId} IS NULL AND ${sql.raw(actor.role === 'consultant' ? 'true' : 'false')}))
       AND (EXISTS (SELECT 1 FROM tasks t WHERE t.case_id = ${cases.id} AND t.status = 'AABEN' AND t.handover_from_user_id IS NOT NULL)
            OR EXISTS (SELECT 1 FROM safety_measures sm WHERE sm.case_id = ${cases.id} AND sm.status IN ('FORESLAAET','IVAERKSAT') AND sm.handover_from_user_id IS NOT NULL))
     LIMIT 200`);
  return rows.map((r) => ({
    kind: 'HANDOVER_OWNERS',
    caseId: r.id,
    caseNumber: r.case_number,
    title: r.mine
      ? `Sag ${r.case_number} er overdraget til dig: overtag eller fordel ${countText(r.tasks, r.measures)}`
      : `Sag ${r.case_number} er overdraget til en sagsbehandler uden adgang til Skjold: fordel ${countText(r.tasks, r.measures)}`,
    due: null,
    overdue: false,
    riskLevel: r.risk,
    imminent: !!r.imminent,
    href: `/sager/${r.id}/overtag`,
  }));
}

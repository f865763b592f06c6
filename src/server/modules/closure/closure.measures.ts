import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { safetyMeasures } from '../actions/actions.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { MEASURE_TYPE_LABELS, type MeasureType } from '../risk/risk.codes.js';

/** The measures a closing evaluates: those of the case (the safety module's list once it is merged). */
export async function measuresOfCase(db: Db, c: CaseInScope): Promise<{ id: string; measureType: string; label: string; status: string }[]> {
  const rows = await db.select({ id: safetyMeasures.id, type: safetyMeasures.measureType, status: safetyMeasures.status })
    .from(safetyMeasures).where(and(eq(safetyMeasures.caseId, c.id)));
  return rows.map((r) => ({ id: r.id, measureType: r.type, label: MEASURE_TYPE_LABELS[r.type as MeasureType] ?? r.type, status: r.status }));
}

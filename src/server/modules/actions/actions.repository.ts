import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { safetyMeasures, tasks } from './actions.tables.js';

/** SQL only; reads under a case take the gate's `CaseInScope`. */
export const actionsRepo = {
  tasksOf: (db: Db, c: CaseInScope) => db.select().from(tasks).where(eq(tasks.caseId, c.id)).orderBy(asc(tasks.createdAt)),
  measuresOf: (db: Db, c: CaseInScope) => db.select().from(safetyMeasures).where(eq(safetyMeasures.caseId, c.id)).orderBy(asc(safetyMeasures.createdAt)),
};

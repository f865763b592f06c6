import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { preparednessPlans } from './preparedness.tables.js';
import type { PlanContent } from './preparedness.schemas.js';

/** SQL only. Plans are per municipality; the service decides who may read or write which. */
export async function planOf(db: Db, code: string, forUpdate = false) {
  const q = db.select().from(preparednessPlans).where(eq(preparednessPlans.municipalityCode, code)).limit(1);
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function insertPlan(db: Db, values: { code: string; content: PlanContent; adoptedOn: string | null; revisionDueOn: string | null; userId: string | null }) {
  const [row] = await db
    .insert(preparednessPlans)
    .values({ municipalityCode: values.code, version: 1, content: values.content, adoptedOn: values.adoptedOn, revisionDueOn: values.revisionDueOn, updatedBy: values.userId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Saves only if nobody saved since `version` (compare-and-set): null means the write was stale. */
export async function updatePlan(db: Db, values: { code: string; version: number; content: PlanContent; adoptedOn: string | null; revisionDueOn: string | null; userId: string }) {
  const [row] = await db
    .update(preparednessPlans)
    .set({
      version: sql`${preparednessPlans.version} + 1`,
      content: values.content,
      adoptedOn: values.adoptedOn,
      revisionDueOn: values.revisionDueOn,
      updatedAt: new Date(),
      updatedBy: values.userId,
    })
    .where(sql`${preparednessPlans.municipalityCode} = ${values.code} AND ${preparednessPlans.version} = ${values.version}`)
    .returning();
  return row ?? null;
}

export interface OverviewRow {
  code: string;
  name: string;
  region: string;
  adopted_on: string | null;
  revision_due_on: string | null;
  team_size: number;
}

/** All 98 municipalities with their plan's dates, one query (no plan content leaves the database). */
export function overviewRows(db: Db): Promise<OverviewRow[]> {
  return queryRows<OverviewRow>(
    db,
    sql`SELECT m.code, m.name, m.region, p.adopted_on::text AS adopted_on, p.revision_due_on::text AS revision_due_on,
               COALESCE(jsonb_array_length(p.content->'team'), 0)::int AS team_size
        FROM municipalities m LEFT JOIN preparedness_plans p ON p.municipality_code = m.code`,
  );
}

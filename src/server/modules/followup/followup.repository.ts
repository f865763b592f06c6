import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { cases } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { caseFollowUps } from './followup.tables.js';

export type FollowUpRow = typeof caseFollowUps.$inferSelect;

export const followUpRepo = {
  async insert(db: Db, c: CaseInScope, values: Omit<typeof caseFollowUps.$inferInsert, 'caseId' | 'id'>) {
    const [row] = await db.insert(caseFollowUps).values({ ...values, caseId: c.id }).returning();
    return row!;
  },
  async list(db: Db, c: CaseInScope) {
    return db.select().from(caseFollowUps).where(eq(caseFollowUps.caseId, c.id)).orderBy(asc(caseFollowUps.followedUpOn), asc(caseFollowUps.createdAt));
  },
  /** The case's next follow-up date (cases.follow_up_due_at, shown on the case and in lists). */
  async setDue(db: Db, caseId: string, due: string | null) {
    await db.update(cases).set({ followUpDueAt: due, updatedAt: new Date() }).where(eq(cases.id, caseId));
  },
  async dueOf(db: Db, c: CaseInScope) {
    const [row] = await db.select({ due: cases.followUpDueAt }).from(cases).where(and(eq(cases.id, c.id)));
    return row?.due ?? null;
  },
};

import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { tasks } from '../actions/actions.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/** SQL only. Everything under a case takes the gate's `CaseInScope`, so no query runs on an unchecked case. */
export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = Omit<typeof tasks.$inferInsert, 'caseId' | 'id'>;

export const tasksRepo = {
  async listOfCase(db: Db, c: CaseInScope): Promise<TaskRow[]> {
    return db.select().from(tasks).where(eq(tasks.caseId, c.id)).orderBy(asc(tasks.createdAt), asc(tasks.id));
  },
  async insert(db: Db, c: CaseInScope, values: NewTask): Promise<TaskRow> {
    const [row] = await db.insert(tasks).values({ ...values, caseId: c.id }).returning();
    return row!;
  },
  /** The case a task belongs to, so the gate can be passed before anything else is read. */
  async caseIdOf(db: Db, taskId: string): Promise<string | null> {
    const [row] = await db.select({ caseId: tasks.caseId }).from(tasks).where(eq(tasks.id, taskId)).limit(1);
    return row?.caseId ?? null;
  },
  async lock(db: Db, c: CaseInScope, taskId: string): Promise<TaskRow | null> {
    const [row] = await db.select().from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.caseId, c.id))).for('update');
    return row ?? null;
  },
  async update(db: Db, c: CaseInScope, taskId: string, values: Partial<NewTask>): Promise<TaskRow> {
    const [row] = await db
      .update(tasks)
      .set({ ...values, version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tasks.id, taskId), eq(tasks.caseId, c.id)))
      .returning();
    return row!;
  },
  /** Factor refs of one assessment that already have a gathering task. */
  async gatheredRefs(db: Db, c: CaseInScope, assessmentId: string): Promise<Set<string>> {
    const rows = await db
      .select({ ref: tasks.sourceRef })
      .from(tasks)
      .where(and(eq(tasks.caseId, c.id), eq(tasks.sourceType, 'FAKTOR'), eq(tasks.sourceAssessmentId, assessmentId)));
    return new Set(rows.map((r) => r.ref!));
  },
  /** Step refs (`slug#step`) of action cards that already are tasks on this case. */
  async actionCardRefs(db: Db, c: CaseInScope): Promise<Set<string>> {
    const rows = await db
      .select({ ref: tasks.sourceRef })
      .from(tasks)
      .where(and(eq(tasks.caseId, c.id), eq(tasks.sourceType, 'HANDLINGSKORT')));
    return new Set(rows.map((r) => r.ref).filter((r): r is string => !!r));
  },
  /**
   * A handover: the open tasks of the previous caseworker on this case wait for the receiver's choice
   * (`handover_from_user_id`), and move to the receiver at once when the handover asked for it (`toUserId`).
   */
  async markHandedOver(db: Db, c: CaseInScope, fromUserId: string, toUserId: string | null): Promise<{ id: string; moved: boolean }[]> {
    const rows = await db
      .update(tasks)
      .set({ handoverFromUserId: fromUserId, ...(toUserId ? { ownerUserId: toUserId } : {}), version: sql`${tasks.version} + 1`, updatedAt: new Date() })
      .where(and(eq(tasks.caseId, c.id), eq(tasks.ownerUserId, fromUserId), eq(tasks.status, 'AABEN')))
      .returning({ id: tasks.id });
    return rows.map((r) => ({ id: r.id, moved: !!toUserId }));
  },
  /** Open tasks still waiting for the receiver of a handover to take them over or reassign them. */
  async handoverPending(db: Db, c: CaseInScope): Promise<TaskRow[]> {
    return db.select().from(tasks)
      .where(and(eq(tasks.caseId, c.id), eq(tasks.status, 'AABEN'), isNotNull(tasks.handoverFromUserId)))
      .orderBy(asc(tasks.deadline), asc(tasks.id));
  },
  async openOfUser(db: Db, c: CaseInScope, userId: string): Promise<TaskRow[]> {
    return db.select().from(tasks).where(and(eq(tasks.caseId, c.id), eq(tasks.ownerUserId, userId), inArray(tasks.status, ['AABEN'])));
  },
};

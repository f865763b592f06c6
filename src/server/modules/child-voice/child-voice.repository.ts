import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { casePersons } from '../case-core/cases.tables.js';
import { caseChildVoice } from './child-voice.tables.js';

/** SQL only; every function takes the gated case. */
export const childVoiceRepo = {
  get: async (db: Db, c: CaseInScope, forUpdate = false) => {
    const q = db.select().from(caseChildVoice).where(eq(caseChildVoice.caseId, c.id)).limit(1);
    return (await (forUpdate ? q.for('update') : q))[0] ?? null;
  },
  insert: async (db: Db, c: CaseInScope, values: Omit<typeof caseChildVoice.$inferInsert, 'caseId'>) =>
    (await db.insert(caseChildVoice).values({ ...values, caseId: c.id }).onConflictDoNothing().returning())[0] ?? null,
  /** Only when the stored version is the one the writer read. */
  update: async (db: Db, c: CaseInScope, version: number, set: Partial<typeof caseChildVoice.$inferInsert>) =>
    (await db.update(caseChildVoice).set({ ...set, version: sql`${caseChildVoice.version} + 1`, updatedAt: new Date() })
      .where(and(eq(caseChildVoice.caseId, c.id), eq(caseChildVoice.version, version))).returning())[0] ?? null,
  persons: (db: Db, c: CaseInScope) =>
    db.select({ id: casePersons.id, role: casePersons.role, nameEnc: casePersons.nameEnc }).from(casePersons).where(eq(casePersons.caseId, c.id)),
};

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { createdCase, type CaseInScope } from './cases.scope.js';
import { cases, casePersons, casePersonCprs, caseParticipants } from './cases.tables.js';

/**
 * SQL only. Everything under a case takes the `CaseInScope` the gate (cases.scope.ts) returned, never a bare
 * id, so a use case that skipped the gate does not compile.
 */
export const casesRepo = {
  insertCase: async (db: Db, values: Omit<typeof cases.$inferInsert, 'caseNumber'>) =>
    (await db
      .insert(cases)
      .values({ ...values, caseNumber: sql`'SKJ-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0')` })
      .returning()
      .then((rows) => createdCase(rows[0]!))),

  /** Writes and counts the edit: `version` goes up by one with every change (stale writes are refused before). */
  update: async (db: Db, c: CaseInScope, set: Partial<typeof cases.$inferInsert>) =>
    (await db.update(cases).set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() }).where(eq(cases.id, c.id)).returning())[0]! as CaseInScope,

  addParticipant: (db: Db, c: CaseInScope, userId: string, role: 'RESPONSIBLE_CASEWORKER' | 'CASEWORKER' | 'CONSULTANT', addedBy: string) =>
    db
      .insert(caseParticipants)
      .values({ caseId: c.id, userId, participantRole: role, addedBy })
      .onConflictDoUpdate({ target: [caseParticipants.caseId, caseParticipants.userId], set: { participantRole: role } }),

  removeParticipant: (db: Db, c: CaseInScope, userId: string) =>
    db.delete(caseParticipants).where(and(eq(caseParticipants.caseId, c.id), eq(caseParticipants.userId, userId))),

  participants: (db: Db, c: CaseInScope) =>
    db.execute(sql`SELECT cp.user_id, cp.participant_role, u.display_name FROM case_participants cp JOIN users u ON u.id = cp.user_id
                    WHERE cp.case_id = ${c.id} ORDER BY cp.added_at`) as unknown as Promise<{
      rows: { user_id: string; participant_role: string; display_name: string }[];
    }>,

  insertPerson: async (db: Db, values: typeof casePersons.$inferInsert) => (await db.insert(casePersons).values(values).returning())[0]!,
  updatePerson: async (db: Db, id: string, set: Partial<typeof casePersons.$inferInsert>) =>
    (await db.update(casePersons).set({ ...set, version: sql`${casePersons.version} + 1`, updatedAt: new Date() }).where(eq(casePersons.id, id)).returning())[0]!,
  personsOf: (db: Db, c: CaseInScope) => db.select().from(casePersons).where(eq(casePersons.caseId, c.id)).orderBy(casePersons.createdAt),
  personOf: async (db: Db, c: CaseInScope, personId: string) =>
    (await db.select().from(casePersons).where(and(eq(casePersons.caseId, c.id), eq(casePersons.id, personId))).limit(1))[0] ?? null,

  /** CPR history: the current number is the row without replaced_at. */
  addCprHistory: (db: Db, values: typeof casePersonCprs.$inferInsert) => db.insert(casePersonCprs).values(values),
  replaceCurrentCpr: (db: Db, personId: string) =>
    db.update(casePersonCprs).set({ replacedAt: new Date() }).where(and(eq(casePersonCprs.personId, personId), sql`${casePersonCprs.replacedAt} IS NULL`)),
  cprHistoryOfCase: (db: Db, c: CaseInScope) =>
    db.select().from(casePersonCprs).where(and(eq(casePersonCprs.caseId, c.id), sql`${casePersonCprs.replacedAt} IS NOT NULL`)),

  caseworkerOfMunicipality: async (db: Db, userId: string, municipalityCode: string) =>
    ((await db.execute(sql`SELECT id, display_name FROM users WHERE id = ${userId} AND role = 'caseworker' AND active
                            AND municipality_code = ${municipalityCode}`)) as unknown as { rows: { id: string; display_name: string }[] }).rows[0] ?? null,

  caseworkersOf: async (db: Db, municipalityCode: string) =>
    ((await db.execute(sql`SELECT id, display_name FROM users WHERE role = 'caseworker' AND active AND municipality_code = ${municipalityCode}
                            ORDER BY display_name`)) as unknown as { rows: { id: string; display_name: string }[] }).rows,
};

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import { caseParticipants, casePersons } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { safeContacts, safetyPlans } from './safety.tables.js';

/** SQL only. Everything takes the CaseInScope the gate returned. */
export const planRepo = {
  plan: async (db: Db, c: CaseInScope, forUpdate = false) => {
    const q = db.select({ p: safetyPlans, updatedByName: users.displayName }).from(safetyPlans)
      .leftJoin(users, eq(users.id, safetyPlans.updatedBy)).where(eq(safetyPlans.caseId, c.id)).limit(1);
    return (await (forUpdate ? q.for('update', { of: safetyPlans }) : q))[0] ?? null;
  },

  /** The first save: null when another first save got there (the caller answers stale). */
  insertFirst: async (db: Db, c: CaseInScope, contentEnc: string, by: string) =>
    (await db.insert(safetyPlans).values({ caseId: c.id, version: 1, contentEnc, updatedBy: by }).onConflictDoNothing().returning())[0] ?? null,

  update: async (db: Db, c: CaseInScope, version: number, contentEnc: string, by: string) =>
    (await db.update(safetyPlans).set({ version: version + 1, contentEnc, updatedBy: by, updatedAt: new Date() })
      .where(and(eq(safetyPlans.caseId, c.id), eq(safetyPlans.version, version))).returning())[0] ?? null,

  /** Whether a safe contact is recorded and when: never the sealed value. */
  safeContactStatus: async (db: Db, c: CaseInScope) =>
    (await db.select({ recordedAt: safeContacts.recordedAt }).from(safeContacts).where(eq(safeContacts.caseId, c.id)).limit(1))[0] ?? null,

  /** The sealed value: only the reveal calls this. */
  safeContactSealed: async (db: Db, c: CaseInScope) =>
    (await db.select().from(safeContacts).where(eq(safeContacts.caseId, c.id)).limit(1))[0] ?? null,

  upsertSafeContact: async (db: Db, c: CaseInScope, sealedEnc: string, by: string) =>
    (await db.insert(safeContacts).values({ caseId: c.id, sealedEnc, recordedBy: by })
      .onConflictDoUpdate({ target: safeContacts.caseId, set: { sealedEnc, recordedBy: by, recordedAt: new Date(), version: sql`${safeContacts.version} + 1` } })
      .returning({ recordedAt: safeContacts.recordedAt }))[0]!,

  /** A participant with a role on the case (the reveal control is theirs). */
  isParticipant: async (db: Db, c: CaseInScope, userId: string) =>
    (await db.select({ u: caseParticipants.userId }).from(caseParticipants)
      .where(and(eq(caseParticipants.caseId, c.id), eq(caseParticipants.userId, userId))).limit(1)).length > 0,

  persons: (db: Db, c: CaseInScope) =>
    db.select({ id: casePersons.id, role: casePersons.role, nameEnc: casePersons.nameEnc, relationEnc: casePersons.relationEnc, abroad: casePersons.abroad, countryEnc: casePersons.countryEnc })
      .from(casePersons).where(eq(casePersons.caseId, c.id)),
};

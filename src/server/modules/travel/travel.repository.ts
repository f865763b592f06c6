import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import { casePersons } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { travelContacts, travelTrips, travelWatchAlerts, type TripRow } from './travel.tables.js';

/** SQL only; every function takes the gated case. */
export const travelRepo = {
  trips: (db: Db, c: CaseInScope) =>
    db.select().from(travelTrips).where(eq(travelTrips.caseId, c.id)).orderBy(desc(travelTrips.createdAt), desc(travelTrips.id)),

  trip: async (db: Db, c: CaseInScope, id: string, forUpdate = false): Promise<TripRow | null> => {
    const q = db.select().from(travelTrips).where(and(eq(travelTrips.caseId, c.id), eq(travelTrips.id, id))).limit(1);
    return (await (forUpdate ? q.for('update') : q))[0] ?? null;
  },

  /** The current trip: the newest one (a case's trips are few). */
  current: async (db: Db, c: CaseInScope, forUpdate = false): Promise<TripRow | null> => {
    const q = db.select().from(travelTrips).where(eq(travelTrips.caseId, c.id)).orderBy(desc(travelTrips.createdAt), desc(travelTrips.id)).limit(1);
    return (await (forUpdate ? q.for('update') : q))[0] ?? null;
  },

  insert: async (db: Db, c: CaseInScope, values: Omit<typeof travelTrips.$inferInsert, 'caseId'>) =>
    (await db.insert(travelTrips).values({ ...values, caseId: c.id }).returning())[0]!,

  /** Only when the stored version is the one the writer read. */
  update: async (db: Db, c: CaseInScope, id: string, version: number, set: Partial<typeof travelTrips.$inferInsert>) =>
    (await db.update(travelTrips).set({ ...set, version: version + 1, updatedAt: new Date() })
      .where(and(eq(travelTrips.caseId, c.id), eq(travelTrips.id, id), eq(travelTrips.version, version))).returning())[0] ?? null,

  openAlerts: (db: Db, c: CaseInScope) =>
    db.select().from(travelWatchAlerts).where(and(eq(travelWatchAlerts.caseId, c.id), isNull(travelWatchAlerts.resolvedAt))).orderBy(asc(travelWatchAlerts.dueOn)),

  resolveAlerts: async (db: Db, c: CaseInScope, ids: string[]) => {
    if (ids.length) await db.update(travelWatchAlerts).set({ resolvedAt: new Date() }).where(and(eq(travelWatchAlerts.caseId, c.id), inArray(travelWatchAlerts.id, ids)));
  },

  persons: (db: Db, c: CaseInScope) =>
    db.select({ id: casePersons.id, role: casePersons.role, nameEnc: casePersons.nameEnc, cprEnc: casePersons.cprEnc, birthDateEnc: casePersons.birthDateEnc })
      .from(casePersons).where(eq(casePersons.caseId, c.id)),

  insertContact: async (db: Db, c: CaseInScope, values: Omit<typeof travelContacts.$inferInsert, 'caseId'>) =>
    (await db.insert(travelContacts).values({ ...values, caseId: c.id }).returning())[0]!,

  contacts: (db: Db, c: CaseInScope) =>
    db.select({ r: travelContacts, name: users.displayName }).from(travelContacts).innerJoin(users, eq(users.id, travelContacts.createdBy))
      .where(eq(travelContacts.caseId, c.id)).orderBy(desc(travelContacts.contactedAt), desc(travelContacts.id)),

  contact: async (db: Db, c: CaseInScope, id: string) =>
    (await db.select().from(travelContacts).where(and(eq(travelContacts.caseId, c.id), eq(travelContacts.id, id))).limit(1))[0] ?? null,
};

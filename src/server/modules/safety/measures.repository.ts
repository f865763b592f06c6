import { and, asc, desc, eq, inArray, isNotNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import type { Actor } from '../../platform/access/actor.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../case-core/cases.tables.js';
import { caseScope, type CaseInScope } from '../case-core/cases.scope.js';
import { measures, type MeasureRow } from './safety.tables.js';
import type { MeasureStatus } from './safety.codes.js';

/** SQL only. Everything under a case takes the CaseInScope the gate returned. */
export const measuresRepo = {
  insert: async (db: Db, c: CaseInScope, values: Omit<typeof measures.$inferInsert, 'caseId'>) =>
    (await db.insert(measures).values({ ...values, caseId: c.id }).returning())[0]!,

  ofCase: (db: Db, c: CaseInScope, status?: MeasureStatus) =>
    db.select().from(measures)
      .where(and(eq(measures.caseId, c.id), status ? eq(measures.status, status) : undefined))
      .orderBy(asc(measures.createdAt), asc(measures.id)),

  /** Which case a measure belongs to: the only lookup before the gate, it returns nothing but the case id. */
  caseIdOf: async (db: Db, id: string) =>
    (await db.select({ caseId: measures.caseId }).from(measures).where(eq(measures.id, id)).limit(1))[0]?.caseId ?? null,

  byIdOfCaseForUpdate: async (db: Db, c: CaseInScope, id: string): Promise<MeasureRow | null> =>
    (await db.select().from(measures).where(and(eq(measures.caseId, c.id), eq(measures.id, id))).for('update').limit(1))[0] ?? null,

  /** Version-checked: null when someone saved in between. */
  update: async (db: Db, c: CaseInScope, id: string, version: number, set: Partial<typeof measures.$inferInsert>) =>
    (await db.update(measures).set({ ...set, version: version + 1, updatedAt: new Date() })
      .where(and(eq(measures.caseId, c.id), eq(measures.id, id), eq(measures.version, version))).returning())[0] ?? null,

  /** A handover: the previous caseworker's live measures on this case wait for the receiver's choice. */
  markHandedOver: async (db: Db, c: CaseInScope, fromUserId: string) =>
    (await db.update(measures).set({ handoverFromUserId: fromUserId, version: sql`${measures.version} + 1`, updatedAt: new Date() })
      .where(and(eq(measures.caseId, c.id), eq(measures.ownerUserId, fromUserId), inArray(measures.status, ['FORESLAAET', 'IVAERKSAT'])))
      .returning({ id: measures.id })).map((r) => r.id),

  /** Live measures still waiting for the receiver of a handover to take them over or reassign them. */
  handoverPending: (db: Db, c: CaseInScope) =>
    db.select().from(measures)
      .where(and(eq(measures.caseId, c.id), inArray(measures.status, ['FORESLAAET', 'IVAERKSAT']), isNotNull(measures.handoverFromUserId)))
      .orderBy(asc(measures.createdAt), asc(measures.id)),

  userNames: async (db: Db, ids: string[]) =>
    ids.length ? new Map((await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name])) : new Map<string, string>(),

  /**
   * In-force measures ending on or before `until` on cases in the actor's scope that the actor owns or takes
   * part in (the work queue: everyone responsible, not a whole region).
   */
  expiringFor: (db: Db, actor: Actor, until: string) =>
    db.select({ m: measures, caseNumber: cases.caseNumber, riskLevel: cases.currentRiskLevel, acute: cases.acute })
      .from(measures)
      .innerJoin(cases, eq(cases.id, measures.caseId))
      .where(and(
        caseScope(actor),
        eq(measures.status, 'IVAERKSAT'),
        lte(measures.endsOn, until),
        or(
          eq(measures.ownerUserId, actor.userId),
          sql`EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = ${cases.id} AND cp.user_id = ${actor.userId})`,
        ),
      ))
      .orderBy(asc(measures.endsOn))
      .limit(500),
};

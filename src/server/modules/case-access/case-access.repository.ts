import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import { municipalities } from '../directory/directory.tables.js';
import { caseExclusions, caseParticipants, type ParticipantRole } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/**
 * SQL only. Every function here takes a case id that the service has already passed through
 * `requireCaseInScope`, inside the same use case.
 */
export async function listParticipants(db: Db, c: CaseInScope) {
  return db
    .select({
      userId: caseParticipants.userId,
      displayName: users.displayName,
      role: users.role,
      participantRole: caseParticipants.participantRole,
      addedAt: caseParticipants.addedAt,
    })
    .from(caseParticipants)
    .innerJoin(users, eq(users.id, caseParticipants.userId))
    .where(eq(caseParticipants.caseId, c.id))
    .orderBy(asc(caseParticipants.addedAt), asc(users.displayName));
}

export async function listExclusions(db: Db, c: CaseInScope) {
  return db
    .select({
      userId: caseExclusions.userId,
      displayName: users.displayName,
      role: users.role,
      reasonEnc: caseExclusions.reasonEnc,
      excludedBy: caseExclusions.excludedBy,
      excludedAt: caseExclusions.excludedAt,
    })
    .from(caseExclusions)
    .innerJoin(users, eq(users.id, caseExclusions.userId))
    .where(eq(caseExclusions.caseId, c.id))
    .orderBy(asc(caseExclusions.excludedAt));
}

export async function findActiveUser(db: Db, userId: string) {
  const [u] = await db
    .select({ id: users.id, role: users.role, municipalityCode: users.municipalityCode })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true)))
    .limit(1);
  return u ?? null;
}

export async function findParticipation(db: Db, c: CaseInScope, userId: string) {
  const [p] = await db
    .select({ participantRole: caseParticipants.participantRole })
    .from(caseParticipants)
    .where(and(eq(caseParticipants.caseId, c.id), eq(caseParticipants.userId, userId)))
    .limit(1);
  return p ?? null;
}

export async function isExcluded(db: Db, c: CaseInScope, userId: string) {
  const [e] = await db
    .select({ userId: caseExclusions.userId })
    .from(caseExclusions)
    .where(and(eq(caseExclusions.caseId, c.id), eq(caseExclusions.userId, userId)))
    .limit(1);
  return !!e;
}

/** False when the user already takes part (the primary key decides, so two racing requests cannot both win). */
export async function insertParticipant(db: Db, c: CaseInScope, row: { userId: string; participantRole: ParticipantRole; addedBy: string }) {
  const inserted = await db.insert(caseParticipants).values({ ...row, caseId: c.id }).onConflictDoNothing().returning({ userId: caseParticipants.userId });
  return inserted.length === 1;
}

export async function deleteParticipant(db: Db, c: CaseInScope, userId: string) {
  const deleted = await db
    .delete(caseParticipants)
    .where(and(eq(caseParticipants.caseId, c.id), eq(caseParticipants.userId, userId)))
    .returning({ userId: caseParticipants.userId });
  return deleted.length === 1;
}

export async function insertExclusion(db: Db, c: CaseInScope, row: { userId: string; reasonEnc: string; excludedBy: string }) {
  const inserted = await db.insert(caseExclusions).values({ ...row, caseId: c.id }).onConflictDoNothing().returning({ userId: caseExclusions.userId });
  return inserted.length === 1;
}

export async function deleteExclusion(db: Db, c: CaseInScope, userId: string) {
  const deleted = await db
    .delete(caseExclusions)
    .where(and(eq(caseExclusions.caseId, c.id), eq(caseExclusions.userId, userId)))
    .returning({ userId: caseExclusions.userId });
  return deleted.length === 1;
}

/**
 * Colleagues who could work on a case of this municipality: its active caseworkers and the active consultants
 * of the region it lies in. Display names and roles only.
 */
export async function candidatesFor(db: Db, municipalityCode: string) {
  const region = db.select({ region: municipalities.region }).from(municipalities).where(eq(municipalities.code, municipalityCode));
  return db
    .select({ userId: users.id, displayName: users.displayName, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        or(
          and(eq(users.role, 'caseworker'), eq(users.municipalityCode, municipalityCode)),
          and(eq(users.role, 'consultant'), inArray(users.region, region)),
        ),
      ),
    )
    .orderBy(asc(users.role), asc(users.displayName));
}

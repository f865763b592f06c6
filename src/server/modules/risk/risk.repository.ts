import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import type { Actor } from '../../platform/access/actor.js';
import { users } from '../auth/auth.tables.js';
import { casePersons, cases } from '../cases/cases.tables.js';
import { caseScope } from '../cases/cases.scope.js';
import type { RiskLevel } from './risk.codes.js';
import type { AssessmentContent } from './risk.schemas.js';
import { riskAssessments, riskDisclosures, riskScreenings } from './risk.tables.js';

/** SQL of the risk module. Reads start from the case under the caller's scope, so out of scope finds nothing. */
export async function findCaseInScope(db: Db, actor: Actor, caseId: string) {
  const [row] = await db
    .select({
      id: cases.id, caseNumber: cases.caseNumber, citizenMinor: cases.citizenMinor, childrenUnder18: cases.childrenUnder18InHousehold,
      inquiryId: cases.inquiryId,
    })
    .from(cases)
    .where(and(eq(cases.id, caseId), caseScope(actor)));
  return row ?? null;
}

export async function insertScreening(db: Db, values: typeof riskScreenings.$inferInsert) {
  const [row] = await db.insert(riskScreenings).values(values).returning();
  return row!;
}

/** Screenings of a case and/or of an inquiry (a case shows those made on the inquiry it came from). */
export async function listScreenings(db: Db, of: { caseId?: string; inquiryId?: string | null }) {
  const where = or(
    of.caseId ? eq(riskScreenings.caseId, of.caseId) : undefined,
    of.inquiryId ? eq(riskScreenings.inquiryId, of.inquiryId) : undefined,
  );
  if (!where) return [];
  return db
    .select({ screening: riskScreenings, screenedByName: users.displayName })
    .from(riskScreenings)
    .innerJoin(users, eq(users.id, riskScreenings.screenedBy))
    .where(where)
    .orderBy(desc(riskScreenings.screenedAt));
}

/** The acute flag follows the latest screening; lists of cases show it. */
export async function setCaseAcute(db: Db, caseId: string, acute: boolean) {
  await db.update(cases).set({ acute, updatedAt: sql`now()` }).where(eq(cases.id, caseId));
}

export async function setCaseRiskLevel(db: Db, caseId: string, level: RiskLevel) {
  await db.update(cases).set({ currentRiskLevel: level, updatedAt: sql`now()` }).where(eq(cases.id, caseId));
}

const assessor = alias(users, 'assessor');
const creator = alias(users, 'creator');

function assessmentQuery(db: Db) {
  return db
    .select({ a: riskAssessments, creatorName: creator.displayName, assessorName: assessor.displayName })
    .from(riskAssessments)
    .innerJoin(creator, eq(creator.id, riskAssessments.createdBy))
    .leftJoin(assessor, eq(assessor.id, riskAssessments.assessorId));
}
export type AssessmentRow = Awaited<ReturnType<typeof listAssessments>>[number];

export async function listAssessments(db: Db, caseId: string) {
  return assessmentQuery(db).where(eq(riskAssessments.caseId, caseId)).orderBy(asc(riskAssessments.version));
}

export async function findAssessment(db: Db, caseId: string, assessmentId: string) {
  const [row] = await assessmentQuery(db).where(and(eq(riskAssessments.caseId, caseId), eq(riskAssessments.id, assessmentId)));
  return row ?? null;
}

/** Row lock: saves and signing of one assessment are serialised, so nothing lands after the signature. */
export async function lockAssessment(db: Db, caseId: string, assessmentId: string) {
  const [row] = await db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.caseId, caseId), eq(riskAssessments.id, assessmentId)))
    .for('update');
  return row ?? null;
}

export async function findDraft(db: Db, caseId: string) {
  const [row] = await db.select().from(riskAssessments).where(and(eq(riskAssessments.caseId, caseId), eq(riskAssessments.status, 'UDKAST')));
  return row ?? null;
}

export async function lastCompleted(db: Db, caseId: string) {
  const [row] = await db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.caseId, caseId), eq(riskAssessments.status, 'AFSLUTTET')))
    .orderBy(desc(riskAssessments.version))
    .limit(1);
  return row ?? null;
}

export async function insertAssessment(db: Db, values: Omit<typeof riskAssessments.$inferInsert, 'version'>) {
  // Serialise version numbering per case: the lock on the case row makes "max + 1" safe.
  await db.execute(sql`SELECT 1 FROM cases WHERE id = ${values.caseId} FOR UPDATE`);
  const [{ next }] = (await db
    .select({ next: sql<number>`coalesce(max(${riskAssessments.version}), 0) + 1` })
    .from(riskAssessments)
    .where(eq(riskAssessments.caseId, values.caseId))) as [{ next: number }];
  const [row] = await db.insert(riskAssessments).values({ ...values, version: Number(next) }).returning();
  return row!;
}

export async function saveDraftContent(db: Db, assessmentId: string, content: AssessmentContent) {
  await db
    .update(riskAssessments)
    .set({ content, updatedAt: sql`now()` })
    .where(and(eq(riskAssessments.id, assessmentId), eq(riskAssessments.status, 'UDKAST')));
}

export async function markCompleted(db: Db, assessmentId: string, assessorId: string, level: RiskLevel, imminent: boolean) {
  await db
    .update(riskAssessments)
    .set({ status: 'AFSLUTTET', assessorId, completedAt: sql`now()`, updatedAt: sql`now()`, seriousViolenceLevel: level, imminent })
    .where(and(eq(riskAssessments.id, assessmentId), eq(riskAssessments.status, 'UDKAST')));
}

export async function insertDisclosure(db: Db, values: typeof riskDisclosures.$inferInsert) {
  const [row] = await db.insert(riskDisclosures).values(values).returning();
  return row!;
}

export async function listDisclosures(db: Db, assessmentId: string) {
  return db
    .select({ d: riskDisclosures, recordedByName: users.displayName })
    .from(riskDisclosures)
    .innerJoin(users, eq(users.id, riskDisclosures.recordedBy))
    .where(eq(riskDisclosures.assessmentId, assessmentId))
    .orderBy(asc(riskDisclosures.disclosedOn), asc(riskDisclosures.recordedAt));
}

/** Which of these person ids belong to the case (intake's case_persons): the rest are someone else's. */
export async function personIdsOfCase(db: Db, caseId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: casePersons.id })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), inArray(casePersons.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The citizen's encrypted CPR number, for a PDF whose user chose to include it. */
export async function citizenCprEnc(db: Db, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ cprEnc: casePersons.cprEnc })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.role, 'BORGER')));
  return row?.cprEnc ?? null;
}

/** Every disclosure of the case's assessments, with the assessment's number and level (the "who has been told" list). */
export async function disclosuresOfCase(db: Db, caseId: string) {
  return db
    .select({
      d: riskDisclosures, recordedByName: users.displayName, version: riskAssessments.version, level: riskAssessments.seriousViolenceLevel,
    })
    .from(riskDisclosures)
    .innerJoin(riskAssessments, eq(riskAssessments.id, riskDisclosures.assessmentId))
    .innerJoin(users, eq(users.id, riskDisclosures.recordedBy))
    .where(eq(riskAssessments.caseId, caseId))
    .orderBy(asc(riskDisclosures.disclosedOn), asc(riskDisclosures.recordedAt));
}

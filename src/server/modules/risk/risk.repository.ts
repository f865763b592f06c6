import { and, asc, desc, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { users } from '../auth/auth.tables.js';
import { casePersons, cases } from '../case-core/cases.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import type { RiskLevel } from './risk.codes.js';
import type { AssessmentContent } from './risk.schemas.js';
import { riskAssessments, riskDisclosures, riskScreenings } from './risk.tables.js';

/**
 * SQL of the risk module. Reads start from the case under the caller's scope, so out of scope finds nothing.
 * The narrative is encrypted at rest (migrations/0044): it is sealed here on the way in and opened here on the
 * way out, so services only ever see plain values and no plaintext column exists to write to by mistake.
 */
type StoredScreening = typeof riskScreenings.$inferSelect;
export type Screening = Omit<StoredScreening, 'rationaleEnc' | 'answersEnc'> & { rationale: string; answers: Record<string, string> };
const openScreening = (fc: FieldCrypto, { rationaleEnc, answersEnc, ...rest }: StoredScreening): Screening => ({
  ...rest, rationale: fc.decrypt(rationaleEnc), answers: JSON.parse(fc.decrypt(answersEnc)) as Record<string, string>,
});

export async function insertScreening(
  db: Db, fc: FieldCrypto, { rationale, answers, ...values }: Omit<typeof riskScreenings.$inferInsert, 'rationaleEnc' | 'answersEnc'> & Pick<Screening, 'rationale' | 'answers'>,
) {
  const [row] = await db
    .insert(riskScreenings)
    .values({ ...values, rationaleEnc: fc.encrypt(rationale), answersEnc: fc.encrypt(JSON.stringify(answers)) })
    .returning();
  return openScreening(fc, row!);
}

/** Screenings of a case and/or of an inquiry (a case shows those made on the inquiry it came from). */
export async function listScreenings(db: Db, fc: FieldCrypto, of: { caseId?: string; inquiryId?: string | null }) {
  const where = or(
    of.caseId ? eq(riskScreenings.caseId, of.caseId) : undefined,
    of.inquiryId ? eq(riskScreenings.inquiryId, of.inquiryId) : undefined,
  );
  if (!where) return [];
  const rows = await db
    .select({ screening: riskScreenings, screenedByName: users.displayName })
    .from(riskScreenings)
    .innerJoin(users, eq(users.id, riskScreenings.screenedBy))
    .where(where)
    .orderBy(desc(riskScreenings.screenedAt));
  return rows.map(({ screening, screenedByName }) => ({ screening: openScreening(fc, screening), screenedByName }));
}

/** The acute flag follows the latest screening; lists of cases show it. */
export async function setCaseAcute(db: Db, c: CaseInScope, acute: boolean) {
  await db.update(cases).set({ acute, updatedAt: sql`now()` }).where(eq(cases.id, c.id));
}

export async function setCaseRiskLevel(db: Db, c: CaseInScope, level: RiskLevel) {
  await db.update(cases).set({ currentRiskLevel: level, updatedAt: sql`now()` }).where(eq(cases.id, c.id));
}

type StoredAssessment = typeof riskAssessments.$inferSelect;
/** An assessment with its content opened; `AssessmentSummary` is one without (lists and the chart need no content). */
export type Assessment = Omit<StoredAssessment, 'contentEnc'> & { content: AssessmentContent };
export type AssessmentSummary = Omit<StoredAssessment, 'contentEnc'>;
const { contentEnc: _sealed, ...summaryColumns } = getTableColumns(riskAssessments);
const openAssessment = (fc: FieldCrypto, { contentEnc, ...rest }: StoredAssessment): Assessment => ({
  ...rest, content: JSON.parse(fc.decrypt(contentEnc)) as AssessmentContent,
});
const sealContent = (fc: FieldCrypto, content: AssessmentContent) => fc.encrypt(JSON.stringify(content));

const assessor = alias(users, 'assessor');
const creator = alias(users, 'creator');

export type AssessmentRow = { a: Assessment; creatorName: string; assessorName: string | null };

/** The case's assessments without their content, oldest first. */
export async function listAssessments(db: Db, c: CaseInScope) {
  return db
    .select({ a: summaryColumns, assessorName: assessor.displayName })
    .from(riskAssessments)
    .leftJoin(assessor, eq(assessor.id, riskAssessments.assessorId))
    .where(eq(riskAssessments.caseId, c.id))
    .orderBy(asc(riskAssessments.version));
}

export async function findAssessment(db: Db, fc: FieldCrypto, c: CaseInScope, assessmentId: string): Promise<AssessmentRow | null> {
  const [row] = await db
    .select({ a: riskAssessments, creatorName: creator.displayName, assessorName: assessor.displayName })
    .from(riskAssessments)
    .innerJoin(creator, eq(creator.id, riskAssessments.createdBy))
    .leftJoin(assessor, eq(assessor.id, riskAssessments.assessorId))
    .where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.id, assessmentId)));
  return row ? { ...row, a: openAssessment(fc, row.a) } : null;
}

/** Row lock: saves and signing of one assessment are serialised, so nothing lands after the signature. */
export async function lockAssessment(db: Db, fc: FieldCrypto, c: CaseInScope, assessmentId: string) {
  const [row] = await db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.id, assessmentId)))
    .for('update');
  return row ? openAssessment(fc, row) : null;
}

export async function findDraft(db: Db, c: CaseInScope) {
  const [row] = await db.select(summaryColumns).from(riskAssessments).where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.status, 'UDKAST')));
  return row ?? null;
}

export async function lastCompleted(db: Db, fc: FieldCrypto, c: CaseInScope) {
  const [row] = await db
    .select()
    .from(riskAssessments)
    .where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.status, 'AFSLUTTET')))
    .orderBy(desc(riskAssessments.version))
    .limit(1);
  return row ? openAssessment(fc, row) : null;
}

/** The case's signed assessments, newest first, content opened (what measures answer: measures.assessments.ts). */
export async function signedAssessments(db: Db, fc: FieldCrypto, c: CaseInScope) {
  const rows = await db.select({ id: riskAssessments.id, version: riskAssessments.version, contentEnc: riskAssessments.contentEnc })
    .from(riskAssessments)
    .where(and(eq(riskAssessments.caseId, c.id), eq(riskAssessments.status, 'AFSLUTTET')))
    .orderBy(desc(riskAssessments.version));
  return rows.map(({ contentEnc, ...r }) => ({ ...r, content: JSON.parse(fc.decrypt(contentEnc)) as AssessmentContent }));
}

export async function screeningOnCase(db: Db, c: CaseInScope, id: string) {
  const rows = await db.select({ id: riskScreenings.id }).from(riskScreenings).where(and(eq(riskScreenings.id, id), eq(riskScreenings.caseId, c.id))).limit(1);
  return rows.length > 0;
}

export async function insertAssessment(
  db: Db, fc: FieldCrypto, { content, ...values }: Omit<typeof riskAssessments.$inferInsert, 'version' | 'contentEnc'> & { content: AssessmentContent },
) {
  // Serialise version numbering per case: the lock on the case row makes "max + 1" safe.
  await db.execute(sql`SELECT 1 FROM cases WHERE id = ${values.caseId} FOR UPDATE`);
  const [{ next }] = (await db
    .select({ next: sql<number>`coalesce(max(${riskAssessments.version}), 0) + 1` })
    .from(riskAssessments)
    .where(eq(riskAssessments.caseId, values.caseId))) as [{ next: number }];
  const [row] = await db
    .insert(riskAssessments)
    .values({ ...values, contentEnc: sealContent(fc, content), version: Number(next) })
    .returning(summaryColumns);
  return row!;
}

export async function saveDraftContent(db: Db, fc: FieldCrypto, assessmentId: string, content: AssessmentContent, savedBy: string) {
  await db
    .update(riskAssessments)
    .set({ contentEnc: sealContent(fc, content), updatedAt: sql`now()`, revision: sql`${riskAssessments.revision} + 1`, updatedBy: savedBy })
    .where(and(eq(riskAssessments.id, assessmentId), eq(riskAssessments.status, 'UDKAST')));
}

export async function markCompleted(db: Db, assessmentId: string, assessorId: string, level: RiskLevel, imminent: boolean) {
  await db
    .update(riskAssessments)
    .set({ status: 'AFSLUTTET', assessorId, completedAt: sql`now()`, updatedAt: sql`now()`, seriousViolenceLevel: level, imminent })
    .where(and(eq(riskAssessments.id, assessmentId), eq(riskAssessments.status, 'UDKAST')));
}

type StoredDisclosure = typeof riskDisclosures.$inferSelect;
export type Disclosure = Omit<StoredDisclosure, 'recipientEnc'> & { recipient: string };
const openDisclosure = (fc: FieldCrypto, { recipientEnc, ...rest }: StoredDisclosure): Disclosure => ({ ...rest, recipient: fc.decrypt(recipientEnc) });

export async function insertDisclosure(
  db: Db, fc: FieldCrypto, { recipient, ...values }: Omit<typeof riskDisclosures.$inferInsert, 'recipientEnc'> & { recipient: string },
) {
  const [row] = await db.insert(riskDisclosures).values({ ...values, recipientEnc: fc.encrypt(recipient) }).returning();
  return openDisclosure(fc, row!);
}

export async function listDisclosures(db: Db, fc: FieldCrypto, assessmentId: string) {
  const rows = await db
    .select({ d: riskDisclosures, recordedByName: users.displayName })
    .from(riskDisclosures)
    .innerJoin(users, eq(users.id, riskDisclosures.recordedBy))
    .where(eq(riskDisclosures.assessmentId, assessmentId))
    .orderBy(asc(riskDisclosures.disclosedOn), asc(riskDisclosures.recordedAt));
  return rows.map((r) => ({ ...r, d: openDisclosure(fc, r.d) }));
}

/** Which of these person ids belong to the case (intake's case_persons): the rest are someone else's. */
export async function personIdsOfCase(db: Db, c: CaseInScope, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: casePersons.id })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, c.id), inArray(casePersons.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/** The citizen's encrypted CPR number, for a PDF whose user chose to include it. */
export async function citizenCprEnc(db: Db, c: CaseInScope): Promise<string | null> {
  const [row] = await db
    .select({ cprEnc: casePersons.cprEnc })
    .from(casePersons)
    .where(and(eq(casePersons.caseId, c.id), eq(casePersons.role, 'BORGER')));
  return row?.cprEnc ?? null;
}

/** Every disclosure of the case's assessments, with the assessment's number and level (the "who has been told" list). */
export async function disclosuresOfCase(db: Db, fc: FieldCrypto, c: CaseInScope) {
  const rows = await db
    .select({
      d: riskDisclosures, recordedByName: users.displayName, version: riskAssessments.version, level: riskAssessments.seriousViolenceLevel,
    })
    .from(riskDisclosures)
    .innerJoin(riskAssessments, eq(riskAssessments.id, riskDisclosures.assessmentId))
    .innerJoin(users, eq(users.id, riskDisclosures.recordedBy))
    .where(eq(riskAssessments.caseId, c.id))
    .orderBy(asc(riskDisclosures.disclosedOn), asc(riskDisclosures.recordedAt));
  return rows.map((r) => ({ ...r, d: openDisclosure(fc, r.d) }));
}

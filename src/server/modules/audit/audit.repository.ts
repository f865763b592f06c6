import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import { auditEvents } from '../../platform/audit/audit.tables.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../case-core/cases.tables.js';
import type { AuditEventsQuery } from './audit.schemas.js';

/**
 * SQL only, over the audit trail. These queries are unscoped on purpose: the auditor's permission is checked by
 * the route, and the case access log is reached only after the service has checked the case scope.
 */
const dayStart = (day: string) => sql`(${day}::date::timestamp AT TIME ZONE 'Europe/Copenhagen')`;
const dayAfter = (day: string) => sql`((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Copenhagen')`;

function periodFilter(from?: string, to?: string): SQL[] {
  const where: SQL[] = [];
  if (from) where.push(gte(auditEvents.occurredAt, dayStart(from)));
  if (to) where.push(lt(auditEvents.occurredAt, dayAfter(to)));
  return where;
}

/** The account a username criterion names (the same match as the search's), or null. */
export async function accountIdByUsername(db: Db, username: string): Promise<string | null> {
  const [u] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.username}) = lower(${username})`).limit(1);
  return u?.id ?? null;
}

export async function searchEvents(db: Db, q: AuditEventsQuery) {
  const where: SQL[] = periodFilter(q.from, q.to);
  if (q.userId) where.push(eq(auditEvents.actorUserId, q.userId));
  if (q.username) where.push(sql`lower(${users.username}) = lower(${q.username})`);
  if (q.eventType) where.push(eq(auditEvents.eventType, q.eventType));
  if (q.useType) where.push(eq(auditEvents.useType, q.useType));
  if (q.caseId) where.push(eq(auditEvents.caseId, q.caseId));
  if (q.caseNumber) where.push(eq(cases.caseNumber, q.caseNumber));
  const condition = where.length ? and(...where) : undefined;
  const base = () =>
    db
      .select({
        event: auditEvents,
        username: users.username,
        caseNumber: cases.caseNumber,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .leftJoin(cases, eq(cases.id, auditEvents.caseId))
      .where(condition);
  const rows = await base().orderBy(desc(auditEvents.seq)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(cases, eq(cases.id, auditEvents.caseId))
    .where(condition);
  return { rows, total: total?.n ?? 0 };
}

export async function caseAccessLog(db: Db, caseId: string, page: number, pageSize: number) {
  const rows = await db
    .select({ event: auditEvents, displayName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(eq(auditEvents.caseId, caseId))
    .orderBy(desc(auditEvents.seq))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.caseId, caseId));
  return { rows, total: total?.n ?? 0 };
}

// Arrays go in as one text literal so both drivers (PGlite, pg) bind them the same way.
const pgTextArray = (values: string[]) => sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;

/**
 * Where a person's data is used, beyond events that name the person as subject: the cases they are part of
 * (their own case, and every case that lists one of their CPR numbers, current or former), their person rows
 * in those other cases, the inquiries behind the cases, and the blind indexes of their CPR numbers (a search by
 * CPR is logged under that index). Empty lists for an id that is no case person.
 */
export async function personFootprint(db: Db, personId: string) {
  const indexes = await queryRows<{ cpr_index: string }>(db, sql`
    SELECT cpr_index FROM case_person_cprs WHERE person_id = ${personId}
    UNION SELECT cpr_index FROM case_persons WHERE id = ${personId} AND cpr_index IS NOT NULL`);
  const cprIndexes = indexes.map((r) => r.cpr_index);
  // A key rotation recomputed the indexes; the trail still names earlier searches by the ones they replaced.
  for (let frontier = cprIndexes, hop = 0; frontier.length && hop < 20; hop++) {
    const older = await queryRows<{ previous_index: string }>(db, sql`
      SELECT previous_index FROM blind_index_aliases WHERE blind_index = ANY(${pgTextArray(frontier)})`);
    frontier = older.map((r) => r.previous_index).filter((i) => !cprIndexes.includes(i));
    cprIndexes.push(...frontier);
  }
  const rows = await queryRows<{ person_id: string; case_id: string }>(db, sql`
    SELECT id AS person_id, case_id FROM case_persons WHERE id = ${personId}
    UNION SELECT person_id, case_id FROM case_person_cprs WHERE cpr_index = ANY(${pgTextArray(cprIndexes)})`);
  const caseIds = [...new Set(rows.map((r) => r.case_id))];
  const personIds = [...new Set(rows.map((r) => r.person_id))];
  const inquiryRows = await queryRows<{ id: string }>(db, sql`
    SELECT inquiry_id AS id FROM cases WHERE id = ANY(${pgTextArray(caseIds)}::uuid[]) AND inquiry_id IS NOT NULL
    UNION SELECT id FROM inquiries WHERE case_id = ANY(${pgTextArray(caseIds)}::uuid[])`);
  return { caseIds, personIds, inquiryIds: inquiryRows.map((r) => r.id), cprIndexes };
}
export type PersonFootprint = Awaited<ReturnType<typeof personFootprint>>;

/**
 * The events of a data subject's log. For a person with a footprint: events naming the person (or a CPR index
 * of theirs), every event about their cases except staff administration (subject `user`: who was given or
 * denied access), and every event about their inquiries, also those before a case existed (consents name
 * the inquiry in their details).
 */
export async function subjectEvents(db: Db, subjectType: string, subjectId: string, from?: string, to?: string, footprint?: PersonFootprint) {
  const subjectIds = [subjectId, ...(footprint?.personIds ?? []), ...(footprint?.cprIndexes.map((i) => `cpr-index:${i}`) ?? [])];
  const about: SQL[] = [and(eq(auditEvents.subjectType, subjectType), sql`${auditEvents.subjectId} = ANY(${pgTextArray(subjectIds)})`)!];
  if (footprint?.caseIds.length) {
    about.push(sql`(${auditEvents.caseId} = ANY(${pgTextArray(footprint.caseIds)}::uuid[]) AND ${auditEvents.subjectType} IS DISTINCT FROM 'user')`);
  }
  if (footprint?.inquiryIds.length) {
    const inquiries = pgTextArray(footprint.inquiryIds);
    about.push(sql`(${auditEvents.subjectType} = 'inquiry' AND ${auditEvents.subjectId} = ANY(${inquiries}))`);
    about.push(sql`(${auditEvents.details}->>'inquiryId' = ANY(${inquiries}))`);
  }
  return db
    .select({
      occurredAt: auditEvents.occurredAt,
      eventType: auditEvents.eventType,
      useType: auditEvents.useType,
      purpose: auditEvents.purpose,
      caseNumber: cases.caseNumber,
    })
    .from(auditEvents)
    .leftJoin(cases, eq(cases.id, auditEvents.caseId))
    .where(and(or(...about), ...periodFilter(from, to)))
    .orderBy(asc(auditEvents.seq));
}

/**
 * Any case the auditor is not excluded from (an exclusion binds every role, the DPO too). Unscoped otherwise:
 * only for the auditor's access log, whose permission the service has checked.
 */
export async function findCaseForAuditor(db: Db, caseId: string, auditorId: string) {
  const [row] = await db
    .select({ id: cases.id, caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(eq(cases.id, caseId), sql`NOT EXISTS (SELECT 1 FROM case_exclusions ce WHERE ce.case_id = ${cases.id} AND ce.user_id = ${auditorId})`))
    .limit(1);
  return row ?? null;
}

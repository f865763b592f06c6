import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { auditEvents } from '../../platform/audit/audit.tables.js';
import { users } from '../auth/auth.tables.js';
import { cases } from '../cases/cases.tables.js';
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

export async function subjectEvents(db: Db, subjectType: string, subjectId: string, from?: string, to?: string) {
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
    .where(and(eq(auditEvents.subjectType, subjectType), eq(auditEvents.subjectId, subjectId), ...periodFilter(from, to)))
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

import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Actor } from '../access/actor.js';
import { auditSpecOf, type AuditEventType } from './define.js';
import { auditEvents, type AuditDetails } from './audit.tables.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  type: AuditEventType;
  actor: Pick<Actor, 'userId' | 'role'> | null;
  subjectType?: string;
  subjectId?: string;
  /** The purpose reference: which case the use of data served. */
  caseId?: string;
  purpose?: string;
  details?: AuditDetails;
}

export interface ChainRow {
  seq: number;
  occurredAt: Date;
  eventType: string;
  useType: string;
  actorUserId: string | null;
  actorRole: string | null;
  subjectType: string | null;
  subjectId: string | null;
  caseId: string | null;
  purpose: string | null;
  details: AuditDetails;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  return JSON.stringify(value ?? null);
}

export function chainHash(prevHash: string, row: ChainRow): string {
  return createHash('sha256')
    .update(prevHash)
    .update(
      canonical([
        row.seq,
        row.occurredAt,
        row.eventType,
        row.useType,
        row.actorUserId,
        row.actorRole,
        row.subjectType,
        row.subjectId,
        row.caseId,
        row.purpose,
        row.details,
      ]),
    )
    .digest('hex');
}

/**
 * Appends one event to the chain. Call it with the transaction that makes the change, so the change and its
 * trace commit together. The advisory lock serialises appends so seq stays gap-free and the chain linear.
 */
export async function recordAudit(tx: Db, input: AuditInput): Promise<void> {
  const spec = auditSpecOf(input.type);
  await tx.execute(sql`SELECT pg_advisory_xact_lock(727602)`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const row: ChainRow = {
    seq: (last?.seq ?? 0) + 1,
    occurredAt: new Date(),
    eventType: input.type,
    useType: spec.use,
    actorUserId: input.actor?.userId ?? null,
    actorRole: input.actor?.role ?? null,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    caseId: input.caseId ?? null,
    purpose: input.purpose ?? null,
    details: input.details ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({ ...row, prevHash, hash: chainHash(prevHash, row) });
}

// Verification lives in verify.ts (import it from there: a re-export here closed an import cycle, verify.ts
// needs chainHash from this file).

/**
 * An access refusal (missing permission, or a case outside the caller's scope) in a transaction of its own:
 * the request is about to fail, so it must not share the fate of the caller's transaction. Call it with the
 * root Db, never a tx. Ids and codes only: the refused request's content is never stored.
 */
export async function recordDenied(
  db: Db,
  actor: Pick<Actor, 'userId' | 'role'>,
  input: { reason: 'permission' | 'case_scope' | 'not_found'; scope?: string; caseId?: string; permission?: string; route?: string; method?: string },
): Promise<void> {
  const details: AuditDetails = { reason: input.reason };
  if (input.scope) details.scope = input.scope;
  if (input.permission) details.permission = input.permission;
  if (input.route) details.route = input.route;
  if (input.method) details.method = input.method;
  await db.transaction((tx) => recordAudit(tx, { type: 'access.denied', actor, caseId: input.caseId, details }));
}

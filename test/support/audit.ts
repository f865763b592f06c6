import assert from 'node:assert/strict';
import { asc, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { auditEvents } from '../../src/server/platform/audit/audit.tables.js';
import type { AuditEventType } from '../../src/server/audit.catalogue.js';
import { queryRows } from '../../src/server/platform/db/client.js';

/** The newest seq in the trail (0 when empty): take it before the call whose audit rows you want to check. */
export async function auditHead(ctx: Pick<AppContext, 'db'>): Promise<number> {
  const [row] = await queryRows<{ seq: number | string | null }>(ctx.db, sql`SELECT max(seq) AS seq FROM audit_events`);
  return Number(row?.seq ?? 0);
}

export interface ExpectedAuditRow {
  type: AuditEventType;
  caseId?: string | null;
  subjectId?: string | null;
  subjectType?: string | null;
  actorUserId?: string | null;
}

/**
 * Audit completeness: asserts that exactly these rows, in this order, were written after `sinceSeq`. A field
 * left out of an expected row is not compared; `null` means "must be empty". Use it around each route that
 * touches personal data:
 *
 *   const since = await auditHead(t.ctx);
 *   await client.get(`/api/cases/${id}`);
 *   await expectAuditRows(t.ctx, since, [{ type: 'case.read', caseId: id }]);
 */
export async function expectAuditRows(ctx: Pick<AppContext, 'db'>, sinceSeq: number, expected: ExpectedAuditRow[]) {
  const rows = await ctx.db.select().from(auditEvents).where(gt(auditEvents.seq, sinceSeq)).orderBy(asc(auditEvents.seq));
  const actual = rows.map((r, i) => {
    const want = expected[i];
    const view: Record<string, unknown> = { type: r.eventType };
    if (want && 'caseId' in want) view.caseId = r.caseId;
    if (want && 'subjectId' in want) view.subjectId = r.subjectId;
    if (want && 'subjectType' in want) view.subjectType = r.subjectType;
    if (want && 'actorUserId' in want) view.actorUserId = r.actorUserId;
    return view;
  });
  assert.deepEqual(actual, expected, `audit rows after seq ${sinceSeq} differ from what the route should have logged`);
  return rows;
}

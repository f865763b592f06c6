import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import type { WorkItem } from '../../shared/work-item.js';
import { copenhagenDate } from '../../platform/time.js';
import { danishDate } from '../../shared/dates.js';
import { inquiryScope } from '../case-core/intake.scope.js';
import { inquiries } from '../case-core/intake.tables.js';

export const INQUIRY_STALE_DAYS = 14;


/**
 * Work-queue provider (WORK_KINDS 'INQUIRY_WITHOUT_CASE'): inquiries the consultant registered that have lived
 * 14 days or more without a case (issue 9 item 4), so the municipality's caseworker is not left to register the
 * same concern again. Inquiries have no closure yet: an anonymous inquiry without any consent or legal basis is
 * taken as anonymous advice only (DOMAIN.md § 3: "anonymous advice only → closed") and is not listed.
 */
export async function inquiryWithoutCaseWork(db: Db, actor: Actor, now: Date = new Date()): Promise<WorkItem[]> {
  if (actor.role !== 'consultant') return [];
  const cutoff = new Date(now.getTime() - INQUIRY_STALE_DAYS * 86_400_000);
  const rows = await db
    .select({ id: inquiries.id, receivedAt: inquiries.receivedAt })
    .from(inquiries)
    .where(and(
      inquiryScope(actor),
      eq(inquiries.createdBy, actor.userId),
      isNull(inquiries.caseId),
      lte(inquiries.receivedAt, cutoff),
      sql`(NOT ${inquiries.anonymous} OR EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${inquiries.id})
           OR EXISTS (SELECT 1 FROM legal_bases lb WHERE lb.inquiry_id = ${inquiries.id}))`,
    ))
    .orderBy(inquiries.receivedAt)
    .limit(200);
  return rows.map((r) => {
    const received = copenhagenDate(r.receivedAt);
    const due = copenhagenDate(new Date(r.receivedAt.getTime() + INQUIRY_STALE_DAYS * 86_400_000));
    return {
      kind: 'INQUIRY_WITHOUT_CASE',
      caseId: null,
      caseNumber: null,
      title: `Henvendelse fra ${danishDate(received)} har ingen sag efter ${INQUIRY_STALE_DAYS} dage`,
      due,
      overdue: true,
      href: `/henvendelser/${r.id}`,
    };
  });
}

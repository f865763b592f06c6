import { and, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { copenhagenDayEnd, copenhagenDayStart } from '../../platform/time.js';
import { municipalities } from '../directory/directory.tables.js';
import { inquiries } from '../case-core/intake.tables.js';
import { inquiryScope, type InquiryInScope } from '../case-core/intake.scope.js';
import type { CaseInScope } from '../case-core/cases.scope.js';


/** SQL only; every read takes the caller's scope. */
export const intakeRepo = {
  insert: async (db: Db, values: typeof inquiries.$inferInsert) => (await db.insert(inquiries).values(values).returning())[0]!,

  list: async (db: Db, actor: Actor, q: { from?: string; to?: string; limit: number; offset: number }) => {
    const where = and(
      inquiryScope(actor),
      q.from ? gte(inquiries.receivedAt, copenhagenDayStart(q.from)) : undefined,
      q.to ? lt(inquiries.receivedAt, copenhagenDayEnd(q.to)) : undefined,
    );
    const items = await db.select().from(inquiries).where(where).orderBy(desc(inquiries.receivedAt)).limit(q.limit).offset(q.offset);
    const [total] = await db.select({ n: count() }).from(inquiries).where(where);
    return { items, total: Number(total?.n ?? 0) };
  },

  linkCase: (db: Db, inquiry: InquiryInScope, c: CaseInScope) =>
    db.update(inquiries).set({ caseId: c.id }).where(and(eq(inquiries.id, inquiry.id), sql`${inquiries.caseId} IS NULL`)).returning({ id: inquiries.id }),

  /** The codes among `codes` that are not municipalities. */
  unknownMunicipalities: async (db: Db, codes: string[]) => {
    if (codes.length === 0) return [];
    const found = await db.select({ code: municipalities.code }).from(municipalities).where(inArray(municipalities.code, codes));
    return codes.filter((c) => !found.some((f) => f.code === c));
  },
};

import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.js';
import { users } from '../auth/auth.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import { journalEntries, type JournalRow } from './journal.tables.js';

export interface JournalRowWithNames {
  entry: JournalRow;
  authorName: string | null;
  informedByName: string | null;
}

const informer = alias(users, 'informer');

/** SQL only. The service has checked the case is in scope before any of these run. */
export const journalRepo = {
  insert: async (db: Db, values: typeof journalEntries.$inferInsert) => (await db.insert(journalEntries).values(values).returning())[0]!,

  select: (db: Db) =>
    db
      .select({ entry: journalEntries, authorName: users.displayName, informedByName: informer.displayName })
      .from(journalEntries)
      .leftJoin(users, eq(users.id, journalEntries.authorId))
      .leftJoin(informer, eq(informer.id, journalEntries.informedBy)),

  byId: async (db: Db, id: string): Promise<JournalRowWithNames | null> =>
    (await journalRepo.select(db).where(eq(journalEntries.id, id)).limit(1))[0] ?? null,

  ofCase: (db: Db, c: CaseInScope, opts: { excludeRestricted: boolean; type?: string }): Promise<JournalRowWithNames[]> =>
    journalRepo
      .select(db)
      .where(and(
        eq(journalEntries.caseId, c.id),
        opts.excludeRestricted ? eq(journalEntries.restricted, false) : undefined,
        opts.type ? eq(journalEntries.entryType, opts.type) : undefined,
      ))
      .orderBy(desc(journalEntries.occurredAt), desc(sql`${journalEntries.createdAt}`))
      .limit(1000),
};

import { and, eq, isNull, sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';
import { enqueue } from '../../platform/jobs/runner.js';

/** migrations/0132_ops_admin_resets.sql */
export const accountNotices = pgTable('account_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').$type<NoticeKind>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  seenAt: timestamp('seen_at', { withTimezone: true }),
});

export const NOTICE_KINDS = ['password_reset', 'mfa_reset'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_MESSAGES: Record<NoticeKind, string> = {
  password_reset: 'En administrator har nulstillet din adgangskode. Var det ikke aftalt med dig, så kontakt straks din administrator og DPO.',
  mfa_reset: 'Din totrinsbekræftelse er fjernet af to administratorer. Var det ikke aftalt med dig, så kontakt straks din administrator og DPO.',
};

export const AccountNotice = z.object({ kind: z.enum(NOTICE_KINDS), createdAt: z.string(), message: z.string() });
export type AccountNotice = z.infer<typeof AccountNotice>;

/**
 * The content-free e-mail: noticeToOwner puts a job in the same transaction as the notice (an outbox), and the
 * app's job runner sends it after the commit (reminders.jobs.ts `account.notice_email`, nodemailer to SMTP_URL;
 * no SMTP_URL, no e-mail). A reset that rolls back sends nothing, and an SMTP server that is down is retried.
 * The message never carries a name, a username, a reason or a link with a token (reminders.mail.ts).
 */
export const NOTICE_EMAIL_JOB = 'account.notice_email';

/** Records what happened to the account, for the owner's next login, and queues the e-mail. */
export async function noticeToOwner(tx: Db, userId: string, kind: NoticeKind) {
  const [row] = await tx.insert(accountNotices).values({ userId, kind }).returning({ id: accountNotices.id });
  await enqueue(tx, { kind: NOTICE_EMAIL_JOB, key: `${NOTICE_EMAIL_JOB}:${row!.id}`, payload: { userId, noticeId: row!.id } });
}

/** The owner's unseen notices, marked seen: shown once, at the login that follows. */
export async function takeNotices(tx: Db, userId: string): Promise<AccountNotice[]> {
  const rows = await tx
    .update(accountNotices)
    .set({ seenAt: sql`now()` })
    .where(and(eq(accountNotices.userId, userId), isNull(accountNotices.seenAt)))
    .returning();
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => ({ kind: r.kind, createdAt: r.createdAt.toISOString(), message: NOTICE_MESSAGES[r.kind] }));
}


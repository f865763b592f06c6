import { and, eq, isNull, sql } from 'drizzle-orm';
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.js';

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
 * The hook for e-mail: called in the same transaction as the notice. There is no mailer on main yet (the coord
 * branch adds nodemailer + SMTP_URL); when it lands, send a content-free message here ("Der er sket en ændring
 * af din Skjold-konto. Log ind for at se hvad.") to the account's address. It must never carry a name, a
 * reason or a link with a token. Replace this assignment at start-up: `setAccountNoticeMailer(fn)`.
 */
export type AccountNoticeMailer = (userId: string, kind: NoticeKind) => Promise<void>;
let mailer: AccountNoticeMailer = async () => {};
export function setAccountNoticeMailer(fn: AccountNoticeMailer) {
  mailer = fn;
}

/** Records what happened to the account, for the owner's next login, and calls the e-mail hook. */
export async function noticeToOwner(tx: Db, userId: string, kind: NoticeKind) {
  await tx.insert(accountNotices).values({ userId, kind });
  await mailer(userId, kind);
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


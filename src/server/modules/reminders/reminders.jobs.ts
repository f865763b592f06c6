import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { enqueue, type JobHandler, type JobSpec } from '../../platform/jobs/runner.js';
import { ageBandOf, ageOn } from '../../shared/codes.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { users } from '../auth/auth.tables.js';
import { caseCitizenBirthDate } from '../case-core/cases.citizen.js';
import { cases } from '../case-core/cases.tables.js';
import { caseForSystem } from '../case-core/cases.scope.js';
import { systemDb } from '../../platform/db/system.js';
import { appendChange } from '../journal/journal.service.js';
import { taskWork } from '../tasks/tasks.work.js';
import { followUpWork } from '../followup/followup.work.js';
import type { SendMail, SendNotice } from './reminders.mail.js';
import { NOTICE_EMAIL_JOB } from '../auth/notices.js';

/** The calendar day in Denmark of an instant (what "due today" means to the user). */
export const copenhagenDay = (d: Date) => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Every day, once across all instances: the reminders to send, and the citizens who turned 18. */
export function dailySchedule(now: Date): JobSpec[] {
  const day = copenhagenDay(now);
  return [
    { kind: 'reminders.daily', key: `reminders.daily:${day}`, payload: { day } },
    { kind: 'citizens.minor_recompute', key: `citizens.minor_recompute:${day}`, payload: { day } },
  ];
}

const actorOfUser = (u: typeof users.$inferSelect): Actor => ({
  userId: u.id, username: u.username, displayName: u.displayName, role: u.role, municipalityCode: u.municipalityCode, region: u.region, sessionId: 'job',
});

export function reminderHandlers(svc: Svc, send: SendMail | null, sendNotice: SendNotice | null = null): Record<string, JobHandler> {
  return {
    /** One e-mail job per user with a task or follow-up due today or overdue (their own scope decides). */
    'reminders.daily': async ({ job }) => {
      if (!send) return;
      const day = String(job.payload.day);
      const people = await svc.db.select().from(users)
        .where(and(eq(users.active, true), eq(users.emailReminders, true), isNotNull(users.emailEnc), sql`${users.role} IN ('consultant','caseworker')`));
      for (const u of people) {
        const actor = actorOfUser(u);
        const due = [...(await taskWork(svc, actor)), ...(await followUpWork(svc, actor))].filter((i) => i.due !== null && i.due <= day);
        if (!due.length) continue;
        await enqueue(svc.db, { kind: 'reminders.email', key: `reminders.email:${u.id}:${day}`, payload: { userId: u.id, overdue: !due.some((i) => i.due === day) } });
      }
    },
    /** The e-mail itself: sent, then recorded once (a rerun after a crash in between sends again: at least once). */
    'reminders.email': async ({ job, once }) => {
      if (!send) return;
      const userId = String(job.payload.userId);
      const [u] = await svc.db.select().from(users).where(eq(users.id, userId));
      if (!u || !u.active || !u.emailReminders || !u.emailEnc) return;
      await send({ to: svc.fc.decrypt(u.emailEnc), overdue: job.payload.overdue === true });
      await once('sent', (tx) => recordAudit(tx, { type: 'reminders.email_sent', actor: null, subjectType: 'user', subjectId: userId, details: { jobId: job.id } }));
    },
    /**
     * An admin reset told the account's owner by e-mail (auth/notices.ts): sent whatever the reminder setting,
     * it is about the account's safety; only to an address on file. Content-free.
     */
    [NOTICE_EMAIL_JOB]: async ({ job, once }) => {
      if (!sendNotice) return;
      const userId = String(job.payload.userId);
      const [u] = await svc.db.select().from(users).where(eq(users.id, userId));
      if (!u?.emailEnc) return;
      await sendNotice(svc.fc.decrypt(u.emailEnc));
      await once('sent', (tx) => recordAudit(tx, { type: 'reminders.account_notice_sent', actor: null, subjectType: 'user', subjectId: userId, details: { jobId: job.id } }));
    },
    /** DOMAIN.md § 4.3: a citizen who turns 18 is no longer a minor; the duty to notify follows (children at home). */
    'citizens.minor_recompute': async ({ job, once }) => {
      const day = String(job.payload.day);
      const minors = await svc.db.select().from(cases).where(and(eq(cases.citizenMinor, true), sql`${cases.status} NOT IN ('AFSLUTTET','OVERDRAGET')`));
      for (const c of minors) {
        const birth = await caseCitizenBirthDate(svc.db, svc, c.id);
        if (!birth || ageOn(birth, day) < 18) continue;
        await once(`adult:${c.id}`, async (tx) => {
          await tx.update(cases).set({
            citizenMinor: false, citizenAgeBand: ageBandOf(ageOn(birth, day)), dutyToNotifyApplies: c.childrenUnder18InHousehold, updatedAt: new Date(),
          }).where(eq(cases.id, c.id));
          // A journal line without an author: Skjold itself noticed (journal_entries.author_id is nullable).
          const system = { userId: null } as unknown as Actor;
          const gated = (await caseForSystem(systemDb(tx), c.id))!;
          await appendChange(tx, inTx(svc, tx), gated, system, 'Borgeren er fyldt 18 år (beregnet automatisk)');
          await recordAudit(tx, { type: 'reminders.minor_recomputed', actor: null, subjectType: 'case', subjectId: c.id, caseId: c.id, details: { day } });
        });
      }
    },
  };
}

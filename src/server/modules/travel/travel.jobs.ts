import { and, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { queryRows } from '../../platform/db/client.js';
import { systemDb } from '../../platform/db/system.js';
import { enqueue, type JobHandler, type JobSpec } from '../../platform/jobs/runner.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { users } from '../auth/auth.tables.js';
import { caseForSystem } from '../case-core/cases.scope.js';
import { caseParticipants, cases } from '../case-core/cases.tables.js';
import { appendChange } from '../journal/journal.service.js';
import { travelTrips } from './travel.tables.js';
import { alarmTitle, dueAlarms } from './travel.watch.js';

/** The calendar day and hour in Denmark of an instant. */
const copenhagen = (d: Date) => {
  const s = d.toLocaleString('sv-SE', { timeZone: 'Europe/Copenhagen', hour12: false });
  return { day: s.slice(0, 10), hour: s.slice(11, 13) };
};

/** Every hour, once across all instances: look for trips whose return date or agreed check-in has passed. */
export function travelSchedule(now: Date): JobSpec[] {
  const { day, hour } = copenhagen(now);
  return [{ kind: 'travel.watch', key: `travel.watch:${day}T${hour}`, payload: { day } }];
}

/**
 * DOMAIN.md § 11.7, the return watch. Each alarm is a row of travel_watch_alerts whose unique key (trip, reason,
 * due date) makes it happen once: whichever instance inserts it writes the journal line, the audit row and one
 * content-free e-mail job per responsible user (the reminders module sends it); the others, a rerun after a
 * restart and tomorrow's runs find the row and do nothing. The work queue shows the alarm until it is resolved.
 */
export function travelWatchHandlers(svc: Svc): Record<string, JobHandler> {
  return {
    'travel.watch': async ({ job, now }) => {
      const day = String(job.payload.day);
      const candidates = await svc.db.select({ t: travelTrips }).from(travelTrips)
        .innerJoin(cases, eq(cases.id, travelTrips.caseId))
        .where(and(
          sql`${cases.status} NOT IN ('AFSLUTTET','OVERDRAGET')`,
          ne(travelTrips.phase, 'EFTER'), isNull(travelTrips.returnedOn),
          or(sql`${travelTrips.expectedReturnOn} < ${day}`, sql`${travelTrips.nextCheckInOn} < ${day}`),
        ));
      for (const { t } of candidates) {
        for (const alarm of dueAlarms(t, day)) {
          await svc.db.transaction(async (tx) => {
            const inserted = await queryRows<{ id: string }>(tx, sql`
              INSERT INTO travel_watch_alerts (trip_id, case_id, reason, due_on) VALUES (${t.id}, ${t.caseId}, ${alarm.reason}, ${alarm.dueOn})
              ON CONFLICT (trip_id, reason, due_on) DO NOTHING RETURNING id`);
            const alertId = inserted[0]?.id;
            if (!alertId) return;
            const gated = (await caseForSystem(systemDb(tx), t.caseId))!;
            // A journal line without an author: Skjold itself noticed (journal_entries.author_id is nullable).
            const system = { userId: null } as unknown as Actor;
            await appendChange(tx, inTx(svc, tx), gated, system, `Rejsevagt: ${alarmTitle(alarm.reason, alarm.dueOn, t.destinationCountry)}`);
            const responsible = await tx.select({ id: users.id }).from(caseParticipants)
              .innerJoin(users, eq(users.id, caseParticipants.userId))
              .where(and(eq(caseParticipants.caseId, t.caseId), eq(users.active, true), eq(users.emailReminders, true), isNotNull(users.emailEnc)));
            for (const u of responsible) {
              await enqueue(tx, { kind: 'reminders.email', key: `travel.email:${u.id}:${alertId}`, payload: { userId: u.id, overdue: true }, runAt: now });
            }
            await recordAudit(tx, {
              type: 'travel.watch_alerted', actor: null, subjectType: 'travel_trip', subjectId: t.id, caseId: t.caseId,
              details: { reason: alarm.reason, dueOn: alarm.dueOn, mailed: responsible.length, jobId: job.id },
            });
          });
        }
      }
    },
  };
}

import type { Logger } from 'pino';
import type { AppContext } from '../../platform/app-context.js';
import { JobRunner } from '../../platform/jobs/runner.js';
import { svcOf } from '../../shared/svc.js';
import { dailySchedule, reminderHandlers } from './reminders.jobs.js';
import { smtpNoticeSender, smtpSender, type SendMail, type SendNotice } from './reminders.mail.js';
import { travelSchedule, travelWatchHandlers } from '../travel/travel.jobs.js';

/**
 * The app's job runner: the daily reminders, account notice e-mails, the 18th-birthday recompute and the travel
 * return watch (hourly). `now`, `send` and `sendNotice` are test seams.
 */
export function appJobRunner(ctx: AppContext, opts: { now?: () => Date; send?: SendMail | null; sendNotice?: SendNotice | null; instance?: string; logger?: Logger } = {}) {
  const { config } = ctx;
  const loginUrl = config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}/`;
  const send = opts.send !== undefined ? opts.send : config.SMTP_URL ? smtpSender(config.SMTP_URL, config.SMTP_FROM, loginUrl) : null;
  const sendNotice = opts.sendNotice !== undefined ? opts.sendNotice : config.SMTP_URL ? smtpNoticeSender(config.SMTP_URL, config.SMTP_FROM, loginUrl) : null;
  return new JobRunner({
    db: ctx.db,
    handlers: { ...reminderHandlers(svcOf(ctx), send, sendNotice), ...travelWatchHandlers(svcOf(ctx)) },
    schedule: (now) => [...dailySchedule(now), ...travelSchedule(now)],
    now: opts.now,
    instance: opts.instance,
    leaseSeconds: config.JOBS_LEASE_SECONDS,
    // Never the payload: a job names a user or a day, and its error text is ours.
    onError: (err, job) => opts.logger?.warn({ jobKind: job.kind, err: err instanceof Error ? err.message : 'error' }, 'job failed'),
  });
}

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';
import type { JobRow } from './jobs.tables.js';

/**
 * A durable job runner in the database, on both engines.
 *
 * Why not a library: pg-boss 12 needs Node >= 22.12 and graphile-worker 0.18 Node >= 22.18 (we run 20), and
 * both want a pg Pool with LISTEN/NOTIFY, which PGlite (one in-process connection) cannot give to another
 * process. This runner needs only a table, a unique key and `FOR UPDATE SKIP LOCKED`, which both engines have.
 *
 * - Scheduling is idempotent: every job has a `job_key` (e.g. `reminders.daily:2026-12-01`); every instance may
 *   enqueue the same key, `ON CONFLICT DO NOTHING` keeps one.
 * - A claim is a short transaction: the oldest due job, row-locked with SKIP LOCKED so two instances never take
 *   the same one, is marked RUNNING with a lease (`locked_until`). The handler runs outside any transaction.
 * - Done is written only by the lease holder. A job whose instance died (kill -9) keeps its RUNNING row until
 *   the lease has run out; then any instance claims it again. So a job's database effects happen once when the
 *   handler writes them through `once()` (a `job_effects` row in the same transaction); an external effect
 *   (an e-mail) is at least once, repeated only if the process dies between sending and recording.
 * - The clock is injected (`now`), so tests move time instead of sleeping.
 */
export interface JobContext {
  job: JobRow;
  now: Date;
  instance: string;
  /** Runs `fn` in a transaction together with the record of `effect`, unless this job already did it. */
  once<T>(effect: string, fn: (tx: Db) => Promise<T>): Promise<T | undefined>;
}
export type JobHandler = (ctx: JobContext) => Promise<void>;
export interface JobSpec {
  kind: string;
  key: string;
  payload?: Record<string, unknown>;
  runAt?: Date;
}

export interface RunnerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  /** Jobs every instance proposes on each tick (daily work, keyed by date so they exist once). */
  schedule?: (now: Date) => JobSpec[];
  now?: () => Date;
  instance?: string;
  leaseSeconds?: number;
  maxAttempts?: number;
  onError?: (err: unknown, job: JobRow) => void;
}

export async function enqueue(db: Db, spec: JobSpec): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(db, sql`
    INSERT INTO jobs (kind, job_key, payload, run_at)
    VALUES (${spec.kind}, ${spec.key}, ${JSON.stringify(spec.payload ?? {})}::jsonb, ${(spec.runAt ?? new Date()).toISOString()}::timestamptz)
    ON CONFLICT (job_key) DO NOTHING RETURNING id`);
  return rows.length === 1;
}

export class JobRunner {
  readonly instance: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;
  constructor(private readonly opts: RunnerOptions) {
    this.instance = opts.instance ?? `skjold-${process.pid}-${randomUUID().slice(0, 8)}`;
  }

  private now() {
    return this.opts.now ? this.opts.now() : new Date();
  }

  /** Claims one due job (or an abandoned one whose lease ran out); null when there is none. */
  async claim(now = this.now()): Promise<JobRow | null> {
    const lease = new Date(now.getTime() + (this.opts.leaseSeconds ?? 300) * 1000).toISOString();
    const at = now.toISOString();
    // Only kinds this instance can run (an older instance during a rolling deploy leaves newer kinds alone).
    const kinds = sql.join(Object.keys(this.opts.handlers).map((k) => sql`${k}`), sql`, `);
    const rows = await this.opts.db.transaction(async (tx) => queryRows<Record<string, unknown>>(tx, sql`
      UPDATE jobs SET state = 'RUNNING', locked_by = ${this.instance}, locked_until = ${lease}::timestamptz, attempts = attempts + 1
      WHERE id = (
        SELECT id FROM jobs
        WHERE kind IN (${kinds})
          AND ((state = 'QUEUED' AND run_at <= ${at}::timestamptz) OR (state = 'RUNNING' AND locked_until < ${at}::timestamptz))
        ORDER BY run_at, created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id, kind, job_key, payload, run_at, state, attempts, locked_by, locked_until, done_at, last_error, created_at`));
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id as string, kind: r.kind as string, jobKey: r.job_key as string, payload: r.payload as Record<string, unknown>,
      runAt: new Date(r.run_at as string), state: 'RUNNING', attempts: r.attempts as number, lockedBy: this.instance,
      lockedUntil: new Date(r.locked_until as string), doneAt: null, lastError: null, createdAt: new Date(r.created_at as string),
    };
  }

  private async finish(job: JobRow, error: string | null) {
    const giveUp = error !== null && job.attempts >= (this.opts.maxAttempts ?? 5);
    const state = error === null ? 'DONE' : giveUp ? 'FAILED' : 'QUEUED';
    // A failed try waits a minute per attempt before the next one.
    const retryAt = new Date(this.now().getTime() + job.attempts * 60_000).toISOString();
    await this.opts.db.execute(sql`
      UPDATE jobs SET state = ${state}, locked_by = NULL, locked_until = NULL, last_error = ${error},
        done_at = CASE WHEN ${state} = 'DONE' THEN now() ELSE NULL END,
        run_at = CASE WHEN ${state} = 'QUEUED' THEN ${retryAt}::timestamptz ELSE run_at END
      WHERE id = ${job.id} AND locked_by = ${this.instance} AND state = 'RUNNING'`);
  }

  async runOne(job: JobRow, now = this.now()) {
    const handler = this.opts.handlers[job.kind];
    const db = this.opts.db;
    const ctx: JobContext = {
      job, now, instance: this.instance,
      once: (effect, fn) => db.transaction(async (tx) => {
        const mine = await queryRows<{ job_id: string }>(tx, sql`
          INSERT INTO job_effects (job_id, effect, instance) VALUES (${job.id}, ${effect}, ${this.instance})
          ON CONFLICT (job_id, effect) DO NOTHING RETURNING job_id`);
        return mine.length ? fn(tx) : undefined;
      }),
    };
    try {
      await handler!(ctx);
      await this.finish(job, null);
    } catch (err) {
      this.opts.onError?.(err, job);
      await this.finish(job, err instanceof Error ? err.message.slice(0, 500) : 'error');
    }
  }

  /** One round: propose the scheduled jobs, then run due jobs until none is left. Returns how many ran. */
  async tick(): Promise<number> {
    const now = this.now();
    for (const spec of this.opts.schedule?.(now) ?? []) await enqueue(this.opts.db, { ...spec, runAt: spec.runAt ?? now });
    let n = 0;
    for (let job = await this.claim(now); job && !this.stopped; job = await this.claim(now)) {
      await this.runOne(job, now);
      n += 1;
    }
    return n;
  }

  /** Polls every `seconds` (unref'd timer); a tick never overlaps the previous one. */
  start(seconds: number) {
    if (seconds <= 0 || this.timer) return;
    const loop = () => {
      this.running = this.tick().catch((err) => this.opts.onError?.(err, { kind: 'tick' } as JobRow)).finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, seconds * 1000).unref();
      });
    };
    this.timer = setTimeout(loop, 0).unref();
  }

  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}

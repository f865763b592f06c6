import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { after } from 'node:test';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';
import type { Config } from '../../src/server/config/config.js';
import { startSmtpServer } from '../support/smtp.js';
import { startServerProcess, type ServerProcess } from './spawn.js';

/**
 * The job runner with real server processes: two instances on one PostgreSQL send each reminder once, and a
 * job whose instance is killed (-9) in the middle of sending is sent once more by the next instance after
 * its lease, and never again. Waits are for conditions (a message arrived, a job is done), never for time.
 */
export const started: ServerProcess[] = [];
const dirs: string[] = [];
after(async () => {
  for (const s of started) await s.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
export const server = (env: Record<string, string>) => {
  const s = startServerProcess({ JOBS_POLL_SECONDS: '1', JOBS_LEASE_SECONDS: '2', LOG_LEVEL: 'info', ...env });
  started.push(s);
  return s;
};
export const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'skjold-jobs-'));
  dirs.push(d);
  return d;
};
export async function until<T>(what: string, probe: () => Promise<T | null | undefined | false> | T | null | undefined | false, limit = 300_000): Promise<T> {
  const end = Date.now() + limit;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
export const countTo = (smtp: Awaited<ReturnType<typeof startSmtpServer>>, addr: string) => smtp.received.filter((m) => m.to.includes(addr)).length;

export type Query = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
export async function seedReminders(query: Query, secret: string, n: number, prefix: string) {
  const fc = fieldCryptoFor({ secret } as Config);
  const addrs: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const addr = `${prefix}${i}@skjold.example.dk`;
    await query(`INSERT INTO users (id, username, display_name, role, region, email_enc) VALUES ($1, $2, 'Proces Bruger', 'consultant', 'Region Hovedstaden', $3)`,
      [id, `${prefix}.${i}.${id.slice(0, 6)}`, fc.encrypt(addr)]);
    await query(`INSERT INTO jobs (kind, job_key, payload) VALUES ('reminders.email', $1, $2::jsonb)`, [`reminders.email:${id}:${today()}`, JSON.stringify({ userId: id, overdue: false })]);
    addrs.push(addr);
  }
  return addrs;
}


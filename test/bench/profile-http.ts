/**
 * Where the server's CPU goes under real HTTP load (issue 15's "what bounds it"): the app on PostgreSQL on
 * loopback, autocannon in a child process (32 connections, SECONDS s) against one audited case read and, for
 * comparison, /healthz (HTTP + Fastify + the rate limiter only, no session, no case). The server's own thread is
 * profiled with the inspector during the case-read load; self time is summarised per area as in
 * profile-case-read.ts. Run: `npx tsx test/bench/profile-http.ts`. Writes test-output/case-read-http.cpuprofile.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { selfTimeByArea } from './profile-areas.js';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const { freshDatabase } = await import('../support/db.js');
const { createUser, loginAs } = await import('../support/app.js');
const { openCase } = await import('../../src/server/modules/cases/cases.testkit.js');
const { buildApp } = await import('../../src/server/app.js');
const { loadConfig } = await import('../../src/server/config/config.js');

const SECONDS = Number(process.env.SECONDS ?? 5);
const database = await freshDatabase('postgres');
const limits = { RATE_LIMIT_READ_PER_MINUTE: '1000000', RATE_LIMIT_WRITE_PER_MINUTE: '1000000', RATE_LIMIT_SEARCH_PER_MINUTE: '1000000' };
const config = loadConfig({ NODE_ENV: 'test', MFA_REQUIRED_ROLES: 'none', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...limits });
const ctx = { db: database.db, database, config };
const app = await buildApp(ctx, pino({ level: 'silent' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
await createUser(ctx, { role: 'caseworker', municipalityCode: '165' });
const kons = await createUser(ctx, { role: 'consultant', region: 'Region Hovedstaden' });
const client = await loginAs(app, kons.username);
const { case: c } = await openCase(client, { citizen: { cpr: '0102124567' } });

const load = (url: string, headers: Record<string, string> = {}): Promise<{ rps: number; p99: number }> => new Promise((resolve, reject) => {
  const args = [path.resolve('node_modules/autocannon/autocannon.js'), '-j', '-c', '32', '-d', String(SECONDS)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  const child = spawn(process.execPath, [...args, url], { stdio: ['ignore', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.on('error', reject);
  child.on('close', () => { const r = JSON.parse(out); resolve({ rps: Math.round(r['2xx'] / r.duration), p99: r.latency.p99 }); });
});

const health = await load(`${base}/healthz`);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const reads = await load(`${base}/api/cases/${c.id}`, { cookie: client.cookie });
const { profile } = await session.post('Profiler.stop');
mkdirSync('test-output', { recursive: true });
writeFileSync('test-output/case-read-http.cpuprofile', JSON.stringify(profile));

const byArea = selfTimeByArea(profile);
const served = reads.rps * SECONDS;
const busy = [...byArea.entries()].filter(([k]) => k !== 'idle').reduce((a, [, v]) => a + v, 0);
console.log(`/healthz: ${health.rps}/s (p99 ${health.p99} ms); audited case read: ${reads.rps}/s (p99 ${reads.p99} ms)`);
console.log(`server thread busy ${(busy / 1000 / (SECONDS * 1000) * 100).toFixed(0)} % of the load's wall time, ${(busy / 1000 / served).toFixed(2)} ms per read`);
console.table([...byArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)
  .map(([k, v]) => ({ area: k, 'ms/read': (v / 1000 / served).toFixed(3), share: `${((100 * v) / busy).toFixed(1)} %` })));
await app.close();
await database.close();

/**
 * Where the server's CPU goes under real HTTP load (issue 15's "what bounds it"): the app on PostgreSQL on
 * loopback, autocannon in a child process (32 connections, BENCH_SECONDS s, default 5; load.ts) against one
 * audited case read and, for comparison, /healthz (HTTP + Fastify + the rate limiter only, no session, no case). The server's own thread is
 * profiled with the inspector during the case-read load; self time is summarised per area as in
 * profile-case-read.ts. Run: `npx tsx test/bench/profile-http.ts`. Writes test-output/case-read-http.cpuprofile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { autocannon, startBenchApp } from './load.js';
import { selfTimeByArea } from './profile-areas.js';

const { database, app, base, client, theCase } = await startBenchApp('postgres');
const load = (url: string, headers: Record<string, string> = {}) => autocannon(url, { connections: 32, headers });

const health = await load(`${base}/healthz`);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
await session.post('Profiler.start');
const t0 = performance.now();
const reads = await load(`${base}/api/cases/${theCase.id}`, { cookie: client.cookie });
const { profile } = await session.post('Profiler.stop');
const wallMs = performance.now() - t0;
mkdirSync('test-output', { recursive: true });
writeFileSync('test-output/case-read-http.cpuprofile', JSON.stringify(profile));

const byArea = selfTimeByArea(profile);
const served = reads.ok;
const busy = [...byArea.entries()].filter(([k]) => k !== 'idle').reduce((a, [, v]) => a + v, 0);
console.log(`/healthz: ${health.rps}/s (p99 ${health.p99} ms); audited case read: ${reads.rps}/s (p99 ${reads.p99} ms)`);
console.log(`server thread busy ${((busy / 1000 / wallMs) * 100).toFixed(0)} % of the load's wall time, ${(busy / 1000 / served).toFixed(2)} ms per read`);
console.table([...byArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16)
  .map(([k, v]) => ({ area: k, 'ms/read': (v / 1000 / served).toFixed(3), share: `${((100 * v) / busy).toFixed(1)} %` })));
await app.close();
await database.close();

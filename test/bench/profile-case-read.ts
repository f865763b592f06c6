/**
 * Where an audited case read spends the server's CPU: N reads through app.inject (no network) on PostgreSQL,
 * profiled with the inspector (what `node --cpu-prof` records, limited to the loop), summarised as self time
 * per package / source area. Run: `npx tsx test/bench/profile-case-read.ts` (N=300). Writes the raw profile to
 * test-output/case-read.cpuprofile for Chrome DevTools. First it counts the database round trips of one read
 * (every statement the pg driver sends, BEGIN and COMMIT included) and lists them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import pg from 'pg';
import { selfTimeByArea } from './profile-areas.js';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const { startTestApp, createUser, loginAs } = await import('../support/app.js');
const { openCase } = await import('../../src/server/modules/cases/cases.testkit.js');

const N = Number(process.env.N ?? 300);
const t = await startTestApp((process.env.ENGINE as 'postgres' | 'pglite') ?? 'postgres');
await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
const client = await loginAs(t.app, kons.username);
const { case: c } = await openCase(client, { citizen: { cpr: '0102124567' } });
for (let i = 0; i < 30; i++) await client.get(`/api/cases/${c.id}`);

// Round trips of one read: on PostgreSQL every statement goes through pg.Client#query (the pool's clients).
if ((process.env.ENGINE ?? 'postgres') === 'postgres') {
  const sent: string[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as string | { text?: string; name?: string };
    const text = typeof q === 'string' ? q : (q.text ?? `(prepared ${q.name})`);
    sent.push(text.replace(/\s+/g, ' ').trim().slice(0, 110));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  if ((await client.get(`/api/cases/${c.id}`)).statusCode !== 200) throw new Error('read failed');
  pg.Client.prototype.query = original;
  console.log(`one audited case read: ${sent.length} round trips`);
  sent.forEach((q, i) => console.log(`  ${String(i + 1).padStart(2)}. ${q}`));
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
await Promise.all(Array.from({ length: 8 }, async (_, w) => {
  for (let i = w; i < N; i += 8) if ((await client.get(`/api/cases/${c.id}`)).statusCode !== 200) throw new Error('read failed');
}));
const ms = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
mkdirSync('test-output', { recursive: true });
writeFileSync('test-output/case-read.cpuprofile', JSON.stringify(profile));

const byArea = selfTimeByArea(profile, 'idle (waiting for the database)');
const total = [...byArea.values()].reduce((a, b) => a + b, 0);
console.log(`${N} audited case reads via inject, 8 at a time: ${(N / (ms / 1000)).toFixed(0)}/s, ${(ms / N).toFixed(2)} ms wall each`);
console.table([...byArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)
  .map(([k, v]) => ({ area: k, 'self ms': Math.round(v / 1000), share: `${((100 * v) / total).toFixed(1)} %`, 'ms/read': (v / 1000 / N).toFixed(3) })));
await t.close();

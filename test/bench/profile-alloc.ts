/**
 * Where the server allocates per audited case read under HTTP load (issue 15: GC time and the server's RSS
 * follow the allocation rate): the app on PostgreSQL, autocannon (32 connections, BENCH_SECONDS s) against one
 * case, V8's sampling heap profiler on the server's thread, bytes per read by allocating function. Sampled
 * every 4 KB, so small sites are noise. Run: `npx tsx test/bench/profile-alloc.ts`. Found so far: drizzle SQL
 * built on every read for a statement prepared once, and @fastify/helmet rebuilding helmet per request.
 */
import { Session } from 'node:inspector/promises';
import { autocannon, startBenchApp } from './load.js';

interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: HeapNode[] }

const { database, app, base, client, theCase } = await startBenchApp('postgres');
const url = `${base}/api/cases/${theCase.id}`;
await autocannon(url, { connections: 32, headers: { cookie: client.cookie }, seconds: 2 }); // warm-up
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
const reads = await autocannon(url, { connections: 32, headers: { cookie: client.cookie } });
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();
if (!reads.ok) throw new Error('no read answered 200: nothing to divide by');

const bySite = new Map<string, number>();
const walk = (n: HeapNode) => {
  const file = n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
  const site = `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  bySite.set(site, (bySite.get(site) ?? 0) + n.selfSize);
  n.children.forEach(walk);
};
walk(profile.head as unknown as HeapNode);
const total = [...bySite.values()].reduce((a, b) => a + b, 0);
console.log(`audited case read: ${reads.rps}/s; ${(total / reads.ok / 1024).toFixed(0)} KB allocated per read (sampled)`);
console.table([...bySite.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)
  .map(([site, bytes]) => ({ site: site.slice(0, 100), 'KB/read': (bytes / reads.ok / 1024).toFixed(1) })));
await app.close();
await database.close();

/**
 * Where the machine's CPU goes per audited case read under HTTP load: this process (the server's thread and
 * its driver), the PostgreSQL backends, and the rest, from /proc before and after the load (autocannon, 32
 * connections, BENCH_SECONDS s). profile-http.ts says where the server's own time goes; this says whether the
 * server or the database is the bound (issue 15: the split showed PostgreSQL at 3 ms a read, which led to the
 * chain-claim plan and the unprepared case view). Run: `npx tsx test/bench/cpu-split.ts` (Linux, PostgreSQL).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { autocannon, startBenchApp } from './load.js';

/** CPU ticks (1/100 s) by process: this one, PostgreSQL backends and background workers, others by name; and the machine. */
function ticks(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (k: string, t: number) => out.set(k, (out.get(k) ?? 0) + t);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      const key = Number(pid) === process.pid ? 'server (this process)'
        : name.startsWith('postgres') ? (/\d+\.\d+\.\d+\.\d+\(\d+\)/.test(cmd) ? 'PostgreSQL backends' : 'PostgreSQL background') : name;
      add(key, Number(f[11]) + Number(f[12]));
    } catch {
      // the process ended while we looked
    }
  }
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  add('machine busy', cpu.reduce((a, b) => a + b, 0) - cpu[3]! - cpu[4]!);
  return out;
}

const { database, app, base, client, theCase } = await startBenchApp('postgres');
const url = `${base}/api/cases/${theCase.id}`;
await autocannon(url, { connections: 32, headers: { cookie: client.cookie }, seconds: 2 }); // warm-up
const before = ticks();
const t0 = performance.now();
const load = await autocannon(url, { connections: 32, headers: { cookie: client.cookie } });
const after = ticks();
const wall = (performance.now() - t0) / 1000;
console.log(`audited case read: ${load.rps}/s (p50 ${load.p50} ms, p99 ${load.p99} ms); autocannon's own CPU is not counted (it ends before the second reading)`);
console.table([...after].map(([k, v]) => [k, (v - (before.get(k) ?? 0)) / 100] as const).filter(([, s]) => s / wall > 0.01)
  .sort((a, b) => b[1] - a[1])
  .map(([k, s]) => ({ who: k, 'share of a core': `${((100 * s) / wall).toFixed(0)} %`, 'ms per read': ((1000 * s) / load.ok).toFixed(2) })));
await app.close();
await database.close();

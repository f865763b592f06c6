import type { Profiler } from 'node:inspector';

/**
 * A CPU profile's self time (µs) per area: a package under node_modules, a module or platform part of
 * src/server, Node core, GC, idle or a native function. Shared by profile-case-read.ts and profile-http.ts.
 */
export function selfTimeByArea(profile: Profiler.Profile, idleLabel = 'idle'): Map<string, number> {
  const area = (url: string, fn: string) => {
    if (!url) return fn === '(garbage collector)' ? 'GC' : fn === '(idle)' ? idleLabel : `native ${fn || '(program)'}`;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    if (m) return m[1]!;
    const s = /src\/(server\/(?:platform\/[^/]+|modules\/[^/]+|[^/]+))/.exec(url);
    return s ? s[1]! : url.startsWith('node:') ? 'node core' : url.replace(/^.*\//, '');
  };
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const byArea = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = area(n.callFrame.url, n.callFrame.functionName);
    byArea.set(k, (byArea.get(k) ?? 0) + (dt.get(n.id) ?? 0));
  }
  return byArea;
}

import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';

/**
 * Fixed-window failure counters in the database, so every server process sees the same counts (scale-out:
 * no in-memory state). A key is e.g. 'ip:10.0.0.7' or 'account:anna'; a window that has run out restarts at 1.
 */
export async function recordFailure(db: Db, key: string, windowMinutes: number): Promise<number> {
  const rows = await queryRows<{ hits: number }>(db, sql`
    INSERT INTO login_rate_buckets AS b (bucket_key, window_start, hits, last_hit_at) VALUES (${key}, now(), 1, now())
    ON CONFLICT (bucket_key) DO UPDATE SET
      last_hit_at = now(),
      hits = CASE WHEN b.window_start <= now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE b.hits + 1 END,
      window_start = CASE WHEN b.window_start <= now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE b.window_start END
    RETURNING hits`);
  return Number(rows[0]!.hits);
}

/** Failures counted for the key within the current window (0 when none or the window has run out). */
export async function failuresInWindow(db: Db, key: string, windowMinutes: number): Promise<number> {
  const rows = await queryRows<{ hits: number }>(db, sql`
    SELECT hits FROM login_rate_buckets
    WHERE bucket_key = ${key} AND window_start > now() - make_interval(mins => ${windowMinutes})`);
  return rows[0] ? Number(rows[0].hits) : 0;
}

/** Failures in the window and the seconds since the last one (null without failures). */
export async function bucketState(db: Db, key: string, windowMinutes: number): Promise<{ hits: number; secondsSinceLast: number | null }> {
  const rows = await queryRows<{ hits: number; since: number }>(db, sql`
    SELECT hits, extract(epoch FROM now() - last_hit_at)::float8 AS since FROM login_rate_buckets
    WHERE bucket_key = ${key} AND window_start > now() - make_interval(mins => ${windowMinutes})`);
  return rows[0] ? { hits: Number(rows[0].hits), secondsSinceLast: Number(rows[0].since) } : { hits: 0, secondsSinceLast: null };
}

/**
 * The pause a (username, address) pair must keep after `hits` failures: none for the first `free`, then 1 s,
 * 2 s, 4 s … up to 5 minutes. A person who mistypes a few times never notices; a guesser is slowed to a crawl.
 */
export function pairDelaySeconds(hits: number, free: number): number {
  if (hits < free) return 0;
  return Math.min(2 ** (hits - free), 300);
}

export const ipKey = (ip: string | undefined) => `ip:${ip ?? 'unknown'}`;
export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;
export const pairKey = (username: string, ip: string | undefined) => `pair:${username.trim().toLowerCase()}|${ip ?? 'unknown'}`;

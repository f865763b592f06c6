import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';

/**
 * Fixed-window failure counters in the database, so every server process sees the same counts (scale-out:
 * no in-memory state). A key is e.g. 'ip:10.0.0.7' or 'account:anna'; a window that has run out restarts at 1.
 */
export async function recordFailure(db: Db, key: string, windowMinutes: number): Promise<number> {
  const rows = await queryRows<{ hits: number }>(db, sql`
    INSERT INTO login_rate_buckets AS b (bucket_key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (bucket_key) DO UPDATE SET
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

export const ipKey = (ip: string | undefined) => `ip:${ip ?? 'unknown'}`;
export const accountKey = (username: string) => `account:${username.trim().toLowerCase()}`;

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from './client.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../migrations');

/**
 * Forward-only SQL migrations, applied in file-name order, each in its own transaction. Files are numbered
 * per module (0001 platform, 0002 directory, …) so parallel work does not collide. An advisory lock keeps two
 * instances starting on one PostgreSQL from applying the same file twice.
 */
export async function migrate(database: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  // Under the same lock: CREATE TABLE IF NOT EXISTS is not safe against itself, and two instances starting on
  // a fresh database at once failed with a duplicate pg_type row (seen in CI, jobs-postgres.test.ts).
  await database.runScript(`
    SELECT pg_advisory_xact_lock(727601);
    CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());`);
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const escaped = file.replace(/'/g, "''");
    // The guard runs inside the migration's own transaction, after the lock, so a concurrent starter waits
    // and then skips the file.
    await database.runScript(`
      SELECT pg_advisory_xact_lock(727601);
      DO $guard$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE name = '${escaped}') THEN
          RAISE EXCEPTION 'skjold:already-applied';
        END IF;
      END $guard$;
      ${text}
      ;
      INSERT INTO schema_migrations (name) VALUES ('${escaped}');
    `).then(
      () => applied.push(file),
      (err: unknown) => {
        if (String((err as Error)?.message).includes('skjold:already-applied')) return;
        throw new Error(`Migration ${file} fejlede: ${(err as Error).message}`);
      },
    );
  }
  return applied;
}

export async function appliedMigrations(database: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(database.db, sql`SELECT name FROM schema_migrations ORDER BY name`);
  return rows.map((r) => r.name);
}

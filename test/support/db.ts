import { randomBytes } from 'node:crypto';
import { describe } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db, Engine } from '../../src/server/platform/db/client.js';
import { openDatabase, quoteIdent } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import '../../src/server/audit.catalogue.js';
import '../../src/server/case-file.wiring.js';

/**
 * Integration tests run on both engines. PostgreSQL is not optional: test/run.mjs sets TEST_DATABASE_URL to
 * the machine's server unless told otherwise, and fails loudly if it cannot reach it.
 */
export const ENGINES: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
if (process.env.SKJOLD_REQUIRE_POSTGRES === '1' && !process.env.TEST_DATABASE_URL) {
  throw new Error('TEST_DATABASE_URL is required (SKJOLD_REQUIRE_POSTGRES=1)');
}

export interface TestDatabase extends Database {
  schema: string;
}

// Creating a PGlite costs ~1.5 s, so instances are reused: a closed test database hands its instance back.
// A PGlite is one connection with one search_path, so two test databases open at once get two instances.
const idlePglites: PGlite[] = [];

/** A migrated database on a fresh schema of its own. Close it at the end of the test. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  let database: Database;
  if (engine === 'postgres') {
    const inner = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL!, schema });
    database = {
      ...inner,
      close: async () => {
        await inner.db.execute(sql.raw(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`)).catch(() => {});
        await inner.close();
      },
    };
  } else {
    const client = idlePglites.pop() ?? (await PGlite.create());
    await client.exec(`CREATE SCHEMA ${quoteIdent(schema)}; SET search_path TO ${quoteIdent(schema)}, public;`);
    database = {
      db: drizzle(client) as unknown as Db,
      engine: 'pglite',
      runScript: (text) => client.transaction(async (tx) => void (await tx.exec(text))),
      close: async () => {
        await client.exec(`DROP SCHEMA ${quoteIdent(schema)} CASCADE; SET search_path TO public;`);
        idlePglites.push(client);
      },
    };
  }
  await migrate(database);
  return Object.assign(database, { schema });
}

/** Runs the same suite once per engine: `forEachEngine('cases', (getDb) => { it(...) })`. */
export function forEachEngine(name: string, suite: (engine: Engine) => void) {
  for (const engine of ENGINES) describe(`${name} [${engine}]`, () => suite(engine));
}

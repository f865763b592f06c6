import { loadConfig, type Config } from '../server/config/config.js';
import { auditSecretsOf, configureAuditKeys, loadAuditKeyArchive } from '../server/platform/audit/keys.js';
import { openDatabase, type Database } from '../server/platform/db/client.js';
import { lockDataDir } from '../server/platform/db/data-dir-lock.js';
import { migrate } from '../server/platform/db/migrate.js';
import '../server/audit.catalogue.js';
import '../server/case-file.wiring.js';

/**
 * Opens the configured database for one CLI command (the CLI is one of the few `systemDb` users: it runs
 * unscoped, as the operator). On PGlite it takes the data-dir lock, so it refuses while the server runs.
 */
export async function withDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, (m) => console.error(m));
  configureAuditKeys(auditSecretsOf(config));
  const release = config.DATABASE_URL ? async () => {} : await lockDataDir(config.DATA_DIR);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrate(database);
    await loadAuditKeyArchive(database.db, auditSecretsOf(config));
    return await fn(database, config);
  } finally {
    await database.close();
    await release();
  }
}

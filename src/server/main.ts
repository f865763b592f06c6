import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { checkpointDirOf, startCheckpointWriter } from './platform/audit/checkpoint.js';
import { auditSecretsOf, useAuditKeys } from './platform/audit/keys.js';
import { openDatabase } from './platform/db/client.js';
import { DataDirLockedError, lockDataDir } from './platform/db/data-dir-lock.js';
import { migrate } from './platform/db/migrate.js';
import { createLogger } from './platform/logging/logger.js';
import { runStartupTasks } from './startup.js';
import { appJobRunner } from './modules/reminders/reminders.runner.js';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const release = config.DATABASE_URL ? async () => {} : await lockDataDir(config.DATA_DIR);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  if (database.created) logger.info({ from: database.created }, database.created === 'build' ? "new database from the build's empty cluster" : 'new database (initdb)');
  const applied = await migrate(database);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const ctx = { db: database.db, database, config };
  // Before the startup tasks: the first admin and the demo data are audited, with the keyed chain.
  await useAuditKeys(database.db, auditSecretsOf(config));
  await runStartupTasks(ctx, logger);
  const app = await buildApp(ctx, logger);
  await app.listen({ port: config.PORT, host: config.HOST });
  // The bound port, not the configured one: PORT=0 picks a free port (the process tests rely on this line).
  const { port } = app.server.address() as AddressInfo;
  const stopCheckpoints = startCheckpointWriter(database.db, checkpointDirOf(config), config.AUDIT_CHECKPOINT_SECONDS, logger);
  logger.info(`Skjold kører på http://${config.HOST}:${port} (database: ${database.engine})`);
  // Reminders and daily recomputes (jobs live in the database; every instance may run them, each job runs once).
  const jobs = appJobRunner(ctx, { logger });
  jobs.start(config.JOBS_POLL_SECONDS);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    await jobs.stop();
    await app.close();
    await stopCheckpoints();
    await database.close();
    await release();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
  } else {
    console.error('Skjold kunne ikke starte:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});

import type { Command } from 'commander';
import { appliedMigrations } from '../../server/platform/db/migrate.js';
import { withDatabase } from '../context.js';

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Kør databasemigreringer (sker også automatisk ved start) og vis de anvendte')
    .action(async () => {
      await withDatabase(async (database) => {
        for (const name of await appliedMigrations(database)) console.log(name);
      });
    });
}

import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { withDatabase } from '../context.js';
import { createBackup, restoreBackup } from '../../server/modules/ops/backup.js';
import { verifyAuditChain } from '../../server/platform/audit/verify.js';
import { runRetention } from '../../server/modules/ops/retention.js';
import { fieldCryptoFor } from '../../server/platform/crypto/fields.js';

const progress = (m: string) => console.error(m);

/** `skjold backup` and `skjold restore`: a portable, encrypted file, PGlite ⇄ PostgreSQL. */
export function opsCommand(program: Command) {
  program
    .command('backup')
    .description('Tag en krypteret sikkerhedskopi af hele databasen (virker på PGlite og PostgreSQL). Filen kan kun åbnes med samme SKJOLD_SECRET.')
    .requiredOption('--out <fil>', 'hvor sikkerhedskopien skrives')
    .action(async (opts: { out: string }) => {
      await withDatabase(async (database, config) => {
        console.error(`Tager sikkerhedskopi af ${database.engine}-databasen …`);
        const { file, rows } = await createBackup(database, config.secret, progress);
        writeFileSync(opts.out, file, { mode: 0o600, flag: 'wx' });
        console.log(`Sikkerhedskopi skrevet til ${opts.out}: ${rows} rækker, ${file.length} byte, krypteret.`);
      });
    });

  program
    .command('restore')
    .description('Indlæs en sikkerhedskopi i en ny, tom database (fx fra en PGlite-prøve til PostgreSQL) og kontrollér revisionsloggen bagefter.')
    .requiredOption('--in <fil>', 'sikkerhedskopien')
    .action(async (opts: { in: string }) => {
      const file = readFileSync(opts.in);
      await withDatabase(async (database, config) => {
        console.error(`Indlæser ${opts.in} i ${database.engine}-databasen …`);
        const { rows } = await restoreBackup(database, file, [config.secret, ...(config.previousSecrets ?? [])], progress);
        const verified = await verifyAuditChain(database.db);
        if (!verified.ok) throw new Error(`Indlæst, men revisionsloggen holder ikke ved række ${verified.broken.seq} (${verified.broken.reason}).`);
        console.log(`Indlæst: ${rows} rækker. Revisionsloggen er intakt (${verified.count} rækker).`);
      });
    });

  program
    .command('retention')
    .description('Opbevaringsfrister')
    .command('run')
    .description('Anonymisér afsluttede sager, der er lukket for mere end RETENTION_MONTHS måneder siden: personer, journal og risikoarbejde slettes; koder til statistik bevares.')
    .option('--dry-run', 'vis kun hvor mange sager der ville blive anonymiseret')
    .action(async (opts: { dryRun?: boolean }) => {
      await withDatabase(async (database, config) => {
        const result = await runRetention(database.db, fieldCryptoFor(config), { months: config.RETENTION_MONTHS, dryRun: opts.dryRun, progress });
        console.log(result.dryRun
          ? `Prøvekørsel: ${result.due} sager er lukket for mere end ${config.RETENTION_MONTHS} måneder siden og ville blive anonymiseret.`
          : `${result.anonymised} sager er anonymiseret (frist: ${config.RETENTION_MONTHS} måneder).`);
      });
    });
}

import type { Command } from 'commander';
import { withDatabase } from '../context.js';
import { rotateKeys, valuesNotUnderCurrentKey } from '../../server/modules/ops/key-rotation.js';
import { checkpointDirOf, lastCheckpoint, takeCheckpoint } from '../../server/platform/audit/checkpoint.js';

/** `skjold keys rotate`: re-encrypts everything under a new SKJOLD_SECRET while SKJOLD_SECRET_PREVIOUS still decrypts. */
export function keysCommand(program: Command) {
  const keys = program.command('keys').description('Krypteringsnøgler (SKJOLD_SECRET)');
  keys
    .command('rotate')
    .description(
      'Krypter alle krypterede felter, søgeindeks for CPR-numre og totrinsnøgler om til en ny nøgle. Sæt først SKJOLD_SECRET til den nye nøgle og ' +
      'SKJOLD_SECRET_PREVIOUS til den gamle (også på serverne). Arbejder i portioner: bliver kørslen afbrudt, så kør den igen, den fortsætter hvor den slap. ' +
      'Revisionssporets gamle nøgler gemmes forseglet med den nye, så sporet fortsat kan kontrolleres. Bagefter kan SKJOLD_SECRET_PREVIOUS fjernes.',
    )
    .option('--batch <antal>', 'rækker pr. portion (standard 200)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error('--batch: skal være et helt tal fra 1 til 10000');
      return n;
    })
    .action(async (opts: { batch?: number }) => {
      await withDatabase(async (database, config) => {
        console.error(`Skifter krypteringsnøgle i ${database.engine}-databasen …`);
        const result = await rotateKeys(database.db, config, { batchSize: opts.batch, progress: (m) => console.error(m) });
        const left = await valuesNotUnderCurrentKey(database.db, config);
        if (Object.keys(left).length) {
          throw new Error(`Ikke færdig: ${Object.entries(left).map(([c, n]) => `${c} (${n})`).join(', ')} er stadig under en gammel nøgle. Kør kommandoen igen.`);
        }
        const dir = checkpointDirOf(config);
        const cp = await takeCheckpoint(database.db, dir, lastCheckpoint(dir));
        if ('refused' in cp) console.error(`Bemærk: intet kontrolpunkt skrevet (${cp.refused}). Kør "skjold audit verify".`);
        console.log(`Færdig: ${result.values} værdier i ${result.columns} krypterede kolonner er nu under nøgle ${result.keyId}; ${result.indexes} søgeindeks er beregnet på ny.`);
        console.log(`Revisionssporets tidligere nøgler er gemt forseglet (${result.archivedAuditKeys} nye). Fjern nu SKJOLD_SECRET_PREVIOUS og genstart serverne.`);
      });
    });
}

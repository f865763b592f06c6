import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

const program = new Command()
  .name('skjold')
  .description('Skjold – driftskommandoer. Læser samme konfiguration som serveren (DATA_DIR, DATABASE_URL, SKJOLD_SECRET).')
  .showHelpAfterError();

for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

import type { Logger } from 'pino';
import type { AppContext } from './app.js';
import { bootstrapAdmin } from './modules/identity/bootstrap.js';

/**
 * Work done once at boot after migrations, before the server listens: the first admin account on an empty
 * database (identity), demo data when demo mode is on (demo). Each task is idempotent.
 */
export async function runStartupTasks(_ctx: AppContext, _logger: Logger): Promise<void> {
  // bootstrap admin (identity)
  // In demo mode the demo seeder creates `admin` with the demo password instead.
  if (!_ctx.config.SKJOLD_DEMO) await bootstrapAdmin(_ctx);
  // demo data (demo)
}

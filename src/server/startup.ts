import type { Logger } from 'pino';
import type { AppContext } from './app.js';

/**
 * Work done once at boot after migrations, before the server listens: the first admin account on an empty
 * database (identity), demo data when demo mode is on (demo). Each task is idempotent.
 */
export async function runStartupTasks(_ctx: AppContext, _logger: Logger): Promise<void> {
  // bootstrap admin (identity)
  // demo data (demo)
}

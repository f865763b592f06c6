import type { Logger } from 'pino';
import type { AppContext } from './platform/app-context.js';
import { runDemoSeeders } from './demo/demo.js';
import { bootstrapAdmin } from './modules/identity/bootstrap.js';

/**
 * Work done once at boot after migrations, before the server listens: the first admin account on an empty
 * database (identity), demo data when demo mode is on (demo). Each task is idempotent.
 */
export async function runStartupTasks(ctx: AppContext, logger: Logger): Promise<void> {
  // bootstrap admin (identity)
  // In demo mode the demo seeder creates `admin` with the demo password instead.
  if (!ctx.config.SKJOLD_DEMO) await bootstrapAdmin(ctx);
  // demo data (demo)
  await runDemoSeeders(ctx, logger);
}

import type { Logger } from 'pino';
import type { AppContext } from './platform/app-context.js';
import { runDemoSeeders } from './demo/demo.js';
import { bootstrapAdmin } from './modules/identity/bootstrap.js';
import { encryptLegacyPlaintext } from './modules/ops/legacy-plaintext.js';
import { fieldCryptoFor } from './platform/crypto/fields.js';

/**
 * Work done once at boot after migrations, before the server listens: the first admin account on an empty
 * database (identity), demo data when demo mode is on (demo). Each task is idempotent.
 */
export async function runStartupTasks(ctx: AppContext, logger: Logger): Promise<void> {
  // ops: plaintext left by migration 0131 is sealed before anything reads it
  const sealed = await encryptLegacyPlaintext(ctx.db, fieldCryptoFor(ctx.config));
  if (sealed) logger.info({ sealed }, 'legacy plaintext values encrypted');
  // bootstrap admin (identity)
  // In demo mode the demo seeder creates `admin` with the demo password instead.
  if (!ctx.config.SKJOLD_DEMO) await bootstrapAdmin(ctx);
  // demo data (demo)
  await runDemoSeeders(ctx, logger);
}

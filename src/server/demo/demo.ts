import type { Logger } from 'pino';
import type { AppContext } from '../platform/app-context.js';
import { demoState } from './demo.tables.js';
import { users } from '../modules/auth/auth.tables.js';
import { seedDemoUsers } from '../modules/identity/identity.demo.js';
import { seedDemoIntake } from '../modules/intake/intake.demo.js';
import { seedDemoStatistics } from '../modules/statistics/statistics.demo.js';
import { seedDemoPreparedness } from '../modules/preparedness/preparedness.demo.js';
import { seedDemoTravel } from '../modules/travel/travel.demo.js';

/**
 * Synthetic demo data, only with `npm run demo` / SKJOLD_DEMO=1. Each module adds one seeder under its slot.
 * A seeder runs at every demo start, so it must be idempotent (look before you insert, or ON CONFLICT DO
 * NOTHING), and it must invent everything: no real names, CPR numbers or addresses.
 */
export type DemoSeeder = (ctx: AppContext, logger: Logger) => Promise<void>;

export const DEMO_SEEDERS: DemoSeeder[] = [
  // identity
  (ctx) => seedDemoUsers(ctx),
  // intake
  async (ctx) => void (await seedDemoIntake(ctx)),
  // risk
  // statistics
  async (ctx) => void (await seedDemoStatistics(ctx)),
  // preparedness
  (ctx) => seedDemoPreparedness(ctx),
  // travel (after intake: its cases)
  (ctx) => seedDemoTravel(ctx),
];

export class DemoDatabaseError extends Error {}

export async function isDemoDatabase(ctx: AppContext): Promise<boolean> {
  const rows = await ctx.db.select().from(demoState).limit(1);
  return rows.length > 0;
}

/**
 * Demo mode: mark the database as a demo one, then run every seeder. Without demo mode: never seed, and refuse
 * a database that was seeded before, because its demo accounts share a published password.
 */
export async function runDemoSeeders(ctx: AppContext, logger: Logger, seeders: readonly DemoSeeder[] = DEMO_SEEDERS): Promise<void> {
  if (!ctx.config.SKJOLD_DEMO) {
    if (await isDemoDatabase(ctx)) {
      throw new DemoDatabaseError(
        'Databasen indeholder demodata (oprettet med npm run demo). Start med SKJOLD_DEMO=1, eller brug en anden DATA_DIR/DATABASE_URL til rigtige data.',
      );
    }
    return;
  }
  // The other direction: demo accounts with a published password must never appear in a real database.
  if (!(await isDemoDatabase(ctx)) && (await ctx.db.select({ id: users.id }).from(users).limit(1)).length > 0) {
    throw new DemoDatabaseError(
      'Databasen indeholder rigtige brugere og er ikke en demodatabase. Demotilstand ville oprette brugere med en offentlig adgangskode: brug en tom DATA_DIR/DATABASE_URL til demo.',
    );
  }
  await ctx.db.insert(demoState).values({ singleton: true }).onConflictDoNothing();
  for (const seed of seeders) await seed(ctx, logger);
  logger.info({ seeders: seeders.length }, 'demo data ready');
}

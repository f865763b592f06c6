import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import { queryRows } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { users } from '../auth/auth.tables.js';
import { hashPassword } from '../auth/auth.service.js';
import { oneTimePassword } from './admin/users.service.js';

/**
 * First start on an empty users table: one `admin` with a random one-time password, printed once to the
 * console (stdout, never the structured log) and to be changed at first login. Safe when two processes start
 * at once: the unique username index lets only one insert win, and only the winner prints.
 */
export async function bootstrapAdmin(ctx: AppContext, print: (line: string) => void = console.log): Promise<boolean> {
  const [{ n }] = (await queryRows<{ n: number }>(ctx.db, sql`SELECT count(*)::int AS n FROM users`)) as [{ n: number }];
  if (Number(n) > 0) return false;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const created = await ctx.db.transaction(async (tx) => {
    const [u] = await tx
      .insert(users)
      .values({ username: 'admin', displayName: 'Administrator', role: 'admin', passwordHash, mustChangePassword: true })
      .onConflictDoNothing()
      .returning();
    if (u) await recordAudit(tx, { type: 'identity.admin_bootstrapped', actor: null, subjectType: 'user', subjectId: u.id });
    return u;
  });
  if (!created) return false;
  print('');
  print('Første start: administratorkontoen er oprettet.');
  print('  Brugernavn:            admin');
  print(`  Engangsadgangskode:    ${password}`);
  print('Adgangskoden vises kun denne ene gang og skal skiftes ved første login.');
  print('');
  return true;
}

import { spawnSync } from 'node:child_process';
import { openDatabase, type Db } from '../../src/server/platform/db/client.js';
import { migrate } from '../../src/server/platform/db/migrate.js';
import { recordAudit } from '../../src/server/platform/audit/audit.js';
import { createFieldCrypto } from '../../src/server/platform/crypto/fields.js';
import { users } from '../../src/server/modules/auth/auth.tables.js';

/** `npx skjold …` as shipped (bin/skjold.mjs) with this environment: exit code, stdout, stderr. */
export const skjoldWith = (env: Record<string, string | undefined>) => (...args: string[]) => {
  const res = spawnSync(process.execPath, ['bin/skjold.mjs', ...args], { env, encoding: 'utf8' });
  return { code: res.status, out: res.stdout, err: res.stderr };
};

/** Opens the embedded data dir, migrates it, runs `fn` on it and closes it again (so the CLI can take the lock). */
export async function withDataDir(dir: string, fn: (db: Db) => Promise<void>) {
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
    await fn(database.db);
  } finally {
    await database.close();
  }
}

/** A consultant with an encrypted email and three failed logins in the trail (the audit keys configured first). */
export async function seedAccountAndTrail(db: Db, secret: string) {
  await db.insert(users).values({ username: 'karin', displayName: 'Karin', role: 'consultant', region: 'Region Hovedstaden', passwordHash: 'x', emailEnc: createFieldCrypto(secret).encrypt('karin@example.dk') });
  for (let i = 0; i < 3; i++) await db.transaction((tx) => recordAudit(tx, { type: 'auth.login_failed', actor: null, details: { reason: 'wrong_password' } }));
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { Config } from '../../config/config.js';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { secretBox } from '../../platform/crypto/secret-box.js';
import { AppError, validationError } from '../../platform/http/errors.js';
import { mfaRecoveryCodes, users } from './auth.tables.js';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, otpauthUri, qrDataUrl } from './totp.js';

import { keyringOf } from '../../platform/crypto/keyring.js';

/** TOTP seeds, sealed under SKJOLD_SECRET (and opened under SKJOLD_SECRET_PREVIOUS while a rotation runs). */
export const TOTP_BOX_PURPOSE = 'totp-secret';
const box = (config: Config) => { const r = keyringOf(config); return secretBox([r.current, ...r.previous], TOTP_BOX_PURPOSE); };

type UserRow = typeof users.$inferSelect;

/**
 * Verifies a TOTP code (once per time step: the accepted step is stored with a compare-and-set, so a replay
 * on another server process fails too) or consumes a recovery code. Returns the method that worked, or null.
 */
export async function checkSecondFactor(
  db: Db,
  config: Config,
  user: UserRow,
  input: { totp?: string; recoveryCode?: string },
): Promise<'totp' | 'recovery_code' | null> {
  if (input.totp && user.mfaSecretEnc) {
    const step = await matchTotp(box(config).open(user.mfaSecretEnc), input.totp);
    if (step === null) return null;
    const claimed = await db
      .update(users)
      .set({ mfaLastStep: step })
      .where(and(eq(users.id, user.id), sql`coalesce(${users.mfaLastStep}, -1) < ${step}`))
      .returning({ id: users.id });
    return claimed.length ? 'totp' : null;
  }
  if (input.recoveryCode) {
    const used = await db
      .update(mfaRecoveryCodes)
      .set({ usedAt: sql`now()` })
      .where(and(eq(mfaRecoveryCodes.userId, user.id), eq(mfaRecoveryCodes.codeHash, hashRecoveryCode(input.recoveryCode)), isNull(mfaRecoveryCodes.usedAt)))
      .returning({ id: mfaRecoveryCodes.id });
    return used.length ? 'recovery_code' : null;
  }
  return null;
}

export async function mfaStatus(db: Db, config: Config, actor: Actor) {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  const [left] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mfaRecoveryCodes)
    .where(and(eq(mfaRecoveryCodes.userId, actor.userId), isNull(mfaRecoveryCodes.usedAt)));
  const required = !config.SKJOLD_DEMO && config.MFA_REQUIRED_ROLES.includes(actor.role);
  return { enabled: !!u?.mfaEnabledAt, required, recoveryCodesLeft: u?.mfaEnabledAt ? Number(left?.n ?? 0) : 0 };
}

/** A new secret, kept pending (sealed) until the user proves their app has it; replaces any earlier pending one. */
export async function startEnrolment(db: Db, config: Config, actor: Actor) {
  const [u] = await db.select({ mfaEnabledAt: users.mfaEnabledAt }).from(users).where(eq(users.id, actor.userId));
  if (u?.mfaEnabledAt) throw new AppError(409, 'identity.mfa_already_enabled', 'Totrinsbekræftelse er allerede oprettet.');
  const secret = newTotpSecret();
  await db.update(users).set({ mfaPendingSecretEnc: box(config).seal(secret) }).where(eq(users.id, actor.userId));
  const uri = otpauthUri(secret, actor.username);
  return { secret, otpauthUri: uri, qrCodeDataUrl: await qrDataUrl(uri) };
}

/** The first right code turns MFA on and hands out the recovery codes, shown this once only. */
export async function confirmEnrolment(db: Db, config: Config, actor: Actor, code: string) {
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!u?.mfaPendingSecretEnc) throw new AppError(409, 'identity.mfa_no_enrolment', 'Start opsætningen af totrinsbekræftelse forfra.');
  const secret = box(config).open(u.mfaPendingSecretEnc);
  const step = await matchTotp(secret, code);
  if (step === null) throw validationError([{ path: 'body.code', message: 'Koden er forkert. Prøv den næste kode fra appen.' }]);
  const codes = newRecoveryCodes();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaSecretEnc: u.mfaPendingSecretEnc, mfaPendingSecretEnc: null, mfaEnabledAt: sql`now()`, mfaLastStep: step, updatedAt: sql`now()` })
      .where(eq(users.id, actor.userId));
    await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, actor.userId));
    await tx.insert(mfaRecoveryCodes).values(codes.map((c) => ({ userId: actor.userId, codeHash: hashRecoveryCode(c) })));
    await recordAudit(tx, { type: 'identity.mfa_enrolled', actor, subjectType: 'user', subjectId: actor.userId });
  });
  return { recoveryCodes: codes };
}

/** Admin/CLI: a user who lost their device enrols again at next login (if their role requires MFA). */
export async function resetMfa(tx: Db, actor: Actor | null, userId: string) {
  await tx
    .update(users)
    .set({ mfaSecretEnc: null, mfaPendingSecretEnc: null, mfaEnabledAt: null, mfaLastStep: null, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await tx.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  await recordAudit(tx, { type: 'identity.mfa_reset', actor, subjectType: 'user', subjectId: userId, details: { via: actor ? 'admin' : 'cli' } });
}

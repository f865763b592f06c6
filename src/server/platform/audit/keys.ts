import { createHmac, hkdfSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';
import { secretBox } from '../crypto/secret-box.js';

/**
 * The audit trail's keys, derived from SKJOLD_SECRET in the process and never written to the database: the
 * database owner can change rows, but cannot compute the HMAC a changed row (or a re-chained tail) would need.
 * Two keys per secret: one links the chains, one signs the checkpoints kept outside the database. Each has a
 * short public id (stored with every row / checkpoint) so a rotated secret's rows still verify while the
 * previous secret is configured.
 */
export interface AuditKey {
  id: string;
  chain: Buffer;
  checkpoint: Buffer;
}

const derive = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-audit'), Buffer.from(purpose), 32));

const keyFrom = (chain: Buffer, checkpoint: Buffer): AuditKey => ({
  id: createHmac('sha256', chain).update('skjold-audit-key-id').digest('hex').slice(0, 16),
  chain,
  checkpoint,
});

export function auditKeyOf(secret: string): AuditKey {
  return keyFrom(derive(secret, 'chain-hmac-sha256/v1'), derive(secret, 'checkpoint-hmac-sha256/v1'));
}

let current: AuditKey | null = null;
const known = new Map<string, AuditKey>();

/**
 * Installs the keys of the running process: the first secret writes, all of them verify. Called by buildApp
 * and the CLI from the configuration; a previous secret (key rotation) goes after the current one.
 */
export function configureAuditKeys(secrets: string[]): void {
  const keys = secrets.filter(Boolean).map(auditKeyOf);
  if (!keys.length) throw new Error('audit: no secret to derive the audit keys from');
  // Exactly these (and, after loadAuditKeyArchive, the archived ones): a secret no longer configured verifies nothing.
  known.clear();
  for (const k of keys) known.set(k.id, k);
  current = keys[0]!;
}

/** The secrets a configuration verifies with: SKJOLD_SECRET, then SKJOLD_SECRET_PREVIOUS (config.previousSecrets). */
export function auditSecretsOf(config: { secret: string; previousSecrets?: string[] }): string[] {
  return [config.secret, ...(config.previousSecrets ?? []).filter((s) => s.length >= 32)];
}

export function currentAuditKey(): AuditKey {
  if (!current) throw new Error('audit: keys not configured (configureAuditKeys) — refusing to write an unkeyed trail');
  return current;
}

export const auditKeyById = (id: string | null): AuditKey | undefined => (id ? known.get(id) : undefined);

/**
 * Key rotation and the trail: rows are never re-signed (the trail is append-only, and re-chaining is exactly what
 * the keyed chain forbids). Instead `skjold keys rotate`, while it holds both secrets, archives the previous
 * secret's audit keys in `audit_key_archive`, sealed under the current secret (migration 0134); every process
 * loads the archive at start, so rows and checkpoints signed before the rotation verify with the new secret
 * alone. New rows (the first one `ops.keys_rotated`) are chained under the new key from the head on.
 */
export const AUDIT_ARCHIVE_PURPOSE = 'audit-key-archive';

export async function archiveAuditKeys(db: Db, secrets: string[]): Promise<number> {
  const [current, ...previous] = secrets;
  if (!current) return 0;
  const box = secretBox(secrets, AUDIT_ARCHIVE_PURPOSE);
  let archived = 0;
  for (const s of previous) {
    const k = auditKeyOf(s);
    const sealed = box.seal(JSON.stringify({ chain: k.chain.toString('hex'), checkpoint: k.checkpoint.toString('hex') }));
    const rows = await queryRows<{ key_id: string }>(db, sql`
      INSERT INTO audit_key_archive (key_id, keys_enc) VALUES (${k.id}, ${sealed}) ON CONFLICT (key_id) DO NOTHING RETURNING key_id`);
    archived += rows.length;
  }
  return archived;
}

/** Adds the archived keys that open under the configured secrets (a row that does not open, or names another key, is ignored). */
export async function loadAuditKeyArchive(db: Db, secrets: string[]): Promise<number> {
  const box = secretBox(secrets, AUDIT_ARCHIVE_PURPOSE);
  let loaded = 0;
  for (const r of await queryRows<{ key_id: string; keys_enc: string }>(db, sql`SELECT key_id, keys_enc FROM audit_key_archive`)) {
    try {
      const raw = JSON.parse(box.open(r.keys_enc)) as { chain: string; checkpoint: string };
      const k = keyFrom(Buffer.from(raw.chain, 'hex'), Buffer.from(raw.checkpoint, 'hex'));
      if (k.id !== r.key_id) continue;
      if (!known.has(k.id)) known.set(k.id, k);
      loaded += 1;
    } catch {
      // sealed under a secret this process does not hold
    }
  }
  return loaded;
}

/** configureAuditKeys plus the archive: what buildApp, the server and the CLI call once the database is migrated. */
export async function useAuditKeys(db: Db, secrets: string[]): Promise<void> {
  configureAuditKeys(secrets);
  await loadAuditKeyArchive(db, secrets);
}

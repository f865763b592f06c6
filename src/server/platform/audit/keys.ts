import { createHmac, hkdfSync } from 'node:crypto';

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

export function auditKeyOf(secret: string): AuditKey {
  const chain = derive(secret, 'chain-hmac-sha256/v1');
  return {
    id: createHmac('sha256', chain).update('skjold-audit-key-id').digest('hex').slice(0, 16),
    chain,
    checkpoint: derive(secret, 'checkpoint-hmac-sha256/v1'),
  };
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
  for (const k of keys) known.set(k.id, k);
  current = keys[0]!;
}

/** The secrets a configuration verifies with: SKJOLD_SECRET, then SKJOLD_SECRET_PREVIOUS (comma-separated) if set. */
export function auditSecretsOf(config: { secret: string }, env: Record<string, string | undefined> = process.env): string[] {
  return [config.secret, ...(env.SKJOLD_SECRET_PREVIOUS ?? '').split(',').map((s) => s.trim()).filter((s) => s.length >= 32)];
}

export function currentAuditKey(): AuditKey {
  if (!current) throw new Error('audit: keys not configured (configureAuditKeys) — refusing to write an unkeyed trail');
  return current;
}

export const auditKeyById = (id: string | null): AuditKey | undefined => (id ? known.get(id) : undefined);

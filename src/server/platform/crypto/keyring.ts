import { createHmac, hkdfSync } from 'node:crypto';

/**
 * The secrets a process holds: SKJOLD_SECRET writes, SKJOLD_SECRET_PREVIOUS (during a key rotation) only reads.
 * Every value sealed under a secret carries the secret's public id (`k` + 10 hex digits, an HMAC of a key
 * derived for the purpose, so it reveals nothing about the secret), so a reader knows which key to use and
 * `skjold keys rotate` can select in SQL what is not yet under the current secret. Values written before ids
 * existed carry `v1` and are opened by trying each secret in turn (AES-GCM authenticates: a wrong key fails).
 */
export interface Keyring {
  current: string;
  previous: string[];
}

export const LEGACY_VERSION = 'v1';

export function secretId(secret: string): string {
  const k = hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-keyring'), Buffer.from('secret-id/v1'), 32);
  return `k${createHmac('sha256', Buffer.from(k)).update('skjold-secret-id').digest('hex').slice(0, 10)}`;
}

/** The keyring of a configuration: its secret, then the previous ones (if a rotation is under way). */
export function keyringOf(config: { secret: string; previousSecrets?: string[] }): Keyring {
  return { current: config.secret, previous: (config.previousSecrets ?? []).filter((s) => s !== config.secret) };
}

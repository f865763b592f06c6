import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { keyringOf, LEGACY_VERSION, secretId, type Keyring } from './keyring.js';

/**
 * Field encryption for identifying data (names, CPR numbers, addresses, phones, free text about a person):
 * AES-256-GCM, a fresh 12-byte IV per value, stored as `<key id>:<base64url(iv | ciphertext | tag)>`. The key
 * is derived from a secret with HKDF-SHA256; the key id names the secret (keyring.ts). Values written before
 * key ids carry `v1:` and decrypt by trying the current secret, then the previous ones.
 * The blind index (HMAC-SHA256 under its own derived key) allows exact lookup of a CPR number without
 * storing it in the clear; it is never reversible. It is written under the current secret; while a rotation
 * is under way a search looks for the index under every secret (`blindIndexes`), and `skjold keys rotate`
 * recomputes the stored indexes with the values (ops/key-rotation.ts).
 */
export interface FieldCrypto {
  /** The prefix of values under the current secret, e.g. `k1a2b3c4d5e`. */
  currentVersion: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  encryptOpt(plain: string | null | undefined): string | null;
  decryptOpt(stored: string | null | undefined): string | null;
  /** HMAC of a normalised value under the current blind-index key, hex. */
  blindIndex(value: string): string;
  /** The value's blind index under the current secret, then under each previous one (for lookups mid-rotation). */
  blindIndexes(value: string): string[];
  /** True when the value is sealed under the current secret. */
  isCurrent(stored: string): boolean;
  /** Re-encrypts a value under the current secret (no-op if already current). */
  rotate(stored: string): string;
}

const LEGACY_ENC_PURPOSE = 'aes-256-gcm/v1';

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-fields'), Buffer.from(purpose), 32));
}

export function createFieldCrypto(current: string, previous: string[] = []): FieldCrypto {
  const secrets = [current, ...previous.filter((s) => s !== current)];
  // The same AES key per secret as before key ids (purpose aes-256-gcm/v1), so old values stay readable.
  const keys = secrets.map((s) => ({ id: secretId(s), enc: derive(s, LEGACY_ENC_PURPOSE), index: derive(s, 'blind-index/hmac-sha256') }));
  const byId = new Map(keys.map((k) => [k.id, k]));
  const cur = keys[0]!;

  const encrypt = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', cur.enc, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${cur.id}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  };
  const open = (key: Buffer, raw: Buffer) => {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  };
  const decrypt = (stored: string) => {
    const colon = stored.indexOf(':');
    const version = colon > 0 ? stored.slice(0, colon) : '';
    const candidates = version === LEGACY_VERSION ? keys : byId.has(version) ? [byId.get(version)!] : [];
    if (!candidates.length) throw new Error('unknown field key version');
    const raw = Buffer.from(stored.slice(colon + 1), 'base64url');
    if (raw.length < 28) throw new Error('field ciphertext too short');
    for (const k of candidates) {
      try {
        return open(k.enc, raw);
      } catch {
        // A wrong key fails authentication: try the next secret.
      }
    }
    throw new Error('field ciphertext does not authenticate under any configured secret');
  };
  const index = (key: Buffer, value: string) => createHmac('sha256', key).update(value, 'utf8').digest('hex');
  const isCurrent = (stored: string) => stored.startsWith(`${cur.id}:`);
  return {
    currentVersion: cur.id,
    encrypt,
    decrypt,
    encryptOpt: (p) => (p === null || p === undefined || p === '' ? null : encrypt(p)),
    decryptOpt: (s) => (s ? decrypt(s) : null),
    blindIndex: (value) => index(cur.index, value),
    blindIndexes: (value) => keys.map((k) => index(k.index, value)),
    isCurrent,
    rotate: (stored) => (isCurrent(stored) ? stored : encrypt(decrypt(stored))),
  };
}

const cache = new Map<string, FieldCrypto>();

/** The app's field crypto from `config.secret` (and SKJOLD_SECRET_PREVIOUS while rotating), built once per keyring. */
export function fieldCryptoFor(config: { secret: string; previousSecrets?: string[] }): FieldCrypto {
  const ring: Keyring = keyringOf(config);
  const cacheKey = [ring.current, ...ring.previous].join('\n');
  let fc = cache.get(cacheKey);
  if (!fc) {
    fc = createFieldCrypto(ring.current, ring.previous);
    cache.set(cacheKey, fc);
  }
  return fc;
}

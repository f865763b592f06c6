import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Field encryption for identifying data (names, CPR numbers, addresses, phones, free text about a person):
 * AES-256-GCM, a fresh 12-byte IV per value, stored as `<version>:<base64url(iv | ciphertext | tag)>`.
 * Keys are derived from the configured secret with HKDF-SHA256, one per version, so a new secret becomes a
 * new version while values written under older versions still decrypt (rotation = re-encrypt with `rotate`).
 * The blind index (HMAC-SHA256 under its own derived key) allows exact lookup of a CPR number without
 * storing it in the clear; it is never reversible.
 */
export interface KeyVersion {
  version: string;
  secret: string;
}

export interface FieldCrypto {
  currentVersion: string;
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  encryptOpt(plain: string | null | undefined): string | null;
  decryptOpt(stored: string | null | undefined): string | null;
  /** HMAC of a normalised value under the current blind-index key, hex. */
  blindIndex(value: string): string;
  /** Re-encrypts a value under the current version (no-op if already current). */
  rotate(stored: string): string;
}

const VERSION = /^v\d+$/;

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-fields'), Buffer.from(purpose), 32));
}

export function createFieldCrypto(current: KeyVersion, previous: KeyVersion[] = []): FieldCrypto {
  const encKeys = new Map<string, Buffer>();
  for (const k of [current, ...previous]) {
    if (!VERSION.test(k.version)) throw new Error('key version must look like v1');
    encKeys.set(k.version, derive(k.secret, `aes-256-gcm/${k.version}`));
  }
  // The blind index stays on the first secret's key: re-indexing every row on rotation would be a migration.
  const indexKey = derive((previous.at(-1) ?? current).secret, 'blind-index/hmac-sha256');
  const currentKey = encKeys.get(current.version)!;

  const encrypt = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${current.version}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
  };
  const decrypt = (stored: string) => {
    const colon = stored.indexOf(':');
    const key = colon > 0 ? encKeys.get(stored.slice(0, colon)) : undefined;
    if (!key) throw new Error('unknown field key version');
    const raw = Buffer.from(stored.slice(colon + 1), 'base64url');
    if (raw.length < 28) throw new Error('field ciphertext too short');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  };
  return {
    currentVersion: current.version,
    encrypt,
    decrypt,
    encryptOpt: (p) => (p === null || p === undefined || p === '' ? null : encrypt(p)),
    decryptOpt: (s) => (s ? decrypt(s) : null),
    blindIndex: (value) => createHmac('sha256', indexKey).update(value, 'utf8').digest('hex'),
    rotate: (stored) => (stored.startsWith(`${current.version}:`) ? stored : encrypt(decrypt(stored))),
  };
}

const cache = new Map<string, FieldCrypto>();

/** The app's field crypto from `config.secret` (version v1), built once per secret. */
export function fieldCryptoFor(config: { secret: string }): FieldCrypto {
  let fc = cache.get(config.secret);
  if (!fc) {
    fc = createFieldCrypto({ version: 'v1', secret: config.secret });
    cache.set(config.secret, fc);
  }
  return fc;
}

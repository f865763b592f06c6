import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { LEGACY_VERSION, secretId } from './keyring.js';

/**
 * Small secrets sealed at rest (TOTP seeds, the audit key archive): AES-256-GCM with a key derived from a
 * secret by HKDF-SHA256. The `purpose` goes into HKDF's info, so keys for different uses never coincide.
 * Output: "<key id>.<iv>.<tag>.<ct>" in base64url; the key id names the secret (keyring.ts). Values sealed
 * before key ids carry "v1" and open by trying each secret. The first secret seals; all of them open.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  isCurrent(sealed: string): boolean;
  /** Re-seals under the current secret (no-op if already current). */
  rotate(sealed: string): string;
}

export function secretBox(secrets: string | string[], purpose: string): SecretBox {
  const list = (Array.isArray(secrets) ? secrets : [secrets]).filter((s, i, all) => s && all.indexOf(s) === i);
  if (!list.length) throw new Error('secret-box: no secret');
  const keys = list.map((s) => ({ id: secretId(s), key: Buffer.from(hkdfSync('sha256', s, 'skjold-secret-box', `skjold:${purpose}`, 32)) }));
  const cur = keys[0]!;
  const seal = (plaintext: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', cur.key, iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [cur.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
  };
  const open = (sealed: string) => {
    const [version, iv, tag, ct] = sealed.split('.');
    if (!version || !iv || !tag || ct === undefined) throw new Error('secret-box: unknown format');
    const candidates = version === LEGACY_VERSION ? keys : keys.filter((k) => k.id === version);
    if (!candidates.length) throw new Error('secret-box: unknown key');
    for (const k of candidates) {
      try {
        const decipher = createDecipheriv('aes-256-gcm', k.key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        // wrong secret: try the next
      }
    }
    throw new Error('secret-box: does not authenticate under any configured secret');
  };
  const isCurrent = (sealed: string) => sealed.startsWith(`${cur.id}.`);
  return { seal, open, isCurrent, rotate: (sealed) => (isCurrent(sealed) ? sealed : seal(open(sealed))) };
}

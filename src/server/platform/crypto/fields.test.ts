import assert from 'node:assert/strict';
import { createCipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { createFieldCrypto } from './fields.js';
import { secretId } from './keyring.js';
import { secretBox } from './secret-box.js';

const S1 = 'first-secret-'.padEnd(48, 'a');
const S2 = 'second-secret-'.padEnd(48, 'b');

/** A value as written before key ids: `v1:` and the same AES key (HKDF purpose aes-256-gcm/v1). */
function legacyValue(secret: string, plain: string) {
  const key = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-fields'), Buffer.from('aes-256-gcm/v1'), 32));
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return `v1:${Buffer.concat([iv, body, c.getAuthTag()]).toString('base64url')}`;
}

describe('field encryption', () => {
  it('encrypts with AES-256-GCM under the secret\'s key id, with a fresh IV each time', () => {
    const fc = createFieldCrypto(S1);
    const a = fc.encrypt('Sara Testesen');
    const b = fc.encrypt('Sara Testesen');
    assert.match(a, /^k[0-9a-f]{10}:[A-Za-z0-9_-]+$/);
    assert.ok(a.startsWith(`${secretId(S1)}:`));
    assert.notEqual(secretId(S1), secretId(S2));
    assert.notEqual(a, b);
    assert.ok(!a.includes('Sara'));
    assert.equal(fc.decrypt(a), 'Sara Testesen');
  });

  it('refuses tampered ciphertext and unknown key ids', () => {
    const fc = createFieldCrypto(S1);
    const a = fc.encrypt('1503104123');
    const [prefix, body] = a.split(':') as [string, string];
    const raw = Buffer.from(body, 'base64url');
    raw[14]! ^= 1;
    assert.throws(() => fc.decrypt(`${prefix}:${raw.toString('base64url')}`));
    assert.throws(() => fc.decrypt(a.replace(/^k[0-9a-f]{10}:/, 'k0000000000:')));
    assert.throws(() => createFieldCrypto(S2).decrypt(a), 'another secret cannot read it');
  });

  it('reads values written before key ids (v1:) by trying each secret', () => {
    const old = legacyValue(S1, 'Sara Testesen');
    assert.equal(createFieldCrypto(S1).decrypt(old), 'Sara Testesen');
    assert.equal(createFieldCrypto(S2, [S1]).decrypt(old), 'Sara Testesen');
    assert.throws(() => createFieldCrypto(S2).decrypt(old));
  });

  it('rotates: the previous secret still decrypts, rotate re-encrypts under the new one, blind indexes of both are searchable', () => {
    const old = createFieldCrypto(S1);
    const stored = old.encrypt('Sara Testesen');
    const rotating = createFieldCrypto(S2, [S1]);
    assert.equal(rotating.decrypt(stored), 'Sara Testesen');
    assert.equal(rotating.isCurrent(stored), false);
    const again = rotating.rotate(stored);
    assert.ok(again.startsWith(`${secretId(S2)}:`));
    assert.equal(rotating.rotate(again), again, 'already current: unchanged');
    assert.equal(createFieldCrypto(S2).decrypt(again), 'Sara Testesen', 'the new secret alone reads it');
    assert.throws(() => old.decrypt(again), 'the old secret cannot read it');
    assert.equal(rotating.blindIndex('1503104123'), createFieldCrypto(S2).blindIndex('1503104123'));
    assert.deepEqual(rotating.blindIndexes('1503104123'), [createFieldCrypto(S2).blindIndex('1503104123'), old.blindIndex('1503104123')]);
  });

  it('secret-box: sealed under the first secret, opened under any, legacy v1 seals still open', () => {
    const box1 = secretBox(S1, 'totp-secret');
    const sealed = box1.seal('JBSWY3DPEHPK3PXP');
    const rotating = secretBox([S2, S1], 'totp-secret');
    assert.equal(rotating.open(sealed), 'JBSWY3DPEHPK3PXP');
    const again = rotating.rotate(sealed);
    assert.ok(again.startsWith(`${secretId(S2)}.`));
    assert.equal(secretBox(S2, 'totp-secret').open(again), 'JBSWY3DPEHPK3PXP');
    assert.throws(() => secretBox(S2, 'totp-secret').open(sealed));
    assert.throws(() => secretBox(S1, 'another-purpose').open(sealed));
    const legacy = sealed.replace(/^k[0-9a-f]{10}\./, 'v1.');
    assert.equal(rotating.open(legacy), 'JBSWY3DPEHPK3PXP');
  });

  it('gives a keyed blind index: exact, not reversible, not a plain hash', async () => {
    const fc = createFieldCrypto(S1);
    const idx = fc.blindIndex('1503104123');
    assert.match(idx, /^[0-9a-f]{64}$/);
    assert.equal(idx, fc.blindIndex('1503104123'));
    assert.notEqual(idx, fc.blindIndex('1503104124'));
    const { createHash } = await import('node:crypto');
    assert.notEqual(idx, createHash('sha256').update('1503104123').digest('hex'));
    assert.notEqual(idx, createFieldCrypto(S2).blindIndex('1503104123'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createFieldCrypto } from './fields.js';

const S1 = 'first-secret-'.padEnd(48, 'a');
const S2 = 'second-secret-'.padEnd(48, 'b');

describe('field encryption', () => {
  it('encrypts with AES-256-GCM under a versioned prefix, with a fresh IV each time', () => {
    const fc = createFieldCrypto({ version: 'v1', secret: S1 });
    const a = fc.encrypt('Sara Testesen');
    const b = fc.encrypt('Sara Testesen');
    assert.match(a, /^v1:[A-Za-z0-9_-]+$/);
    assert.notEqual(a, b);
    assert.ok(!a.includes('Sara'));
    assert.equal(fc.decrypt(a), 'Sara Testesen');
  });

  it('refuses tampered ciphertext and unknown key versions', () => {
    const fc = createFieldCrypto({ version: 'v1', secret: S1 });
    const a = fc.encrypt('1503104123');
    const raw = Buffer.from(a.slice(3), 'base64url');
    raw[14]! ^= 1;
    assert.throws(() => fc.decrypt(`v1:${raw.toString('base64url')}`));
    assert.throws(() => fc.decrypt(a.replace(/^v1:/, 'v9:')));
    assert.throws(() => createFieldCrypto({ version: 'v1', secret: S2 }).decrypt(a), 'another secret cannot read it');
  });

  it('rotates: old versions still decrypt, rotate re-encrypts under the current version, the blind index is stable', () => {
    const old = createFieldCrypto({ version: 'v1', secret: S1 });
    const stored = old.encrypt('Sara Testesen');
    const rotated = createFieldCrypto({ version: 'v2', secret: S2 }, [{ version: 'v1', secret: S1 }]);
    assert.equal(rotated.decrypt(stored), 'Sara Testesen');
    const again = rotated.rotate(stored);
    assert.match(again, /^v2:/);
    assert.equal(rotated.decrypt(again), 'Sara Testesen');
    assert.throws(() => old.decrypt(again), 'v1-only crypto cannot read v2');
    assert.equal(rotated.blindIndex('1503104123'), old.blindIndex('1503104123'));
  });

  it('gives a keyed blind index: exact, not reversible, not a plain hash', async () => {
    const fc = createFieldCrypto({ version: 'v1', secret: S1 });
    const idx = fc.blindIndex('1503104123');
    assert.match(idx, /^[0-9a-f]{64}$/);
    assert.equal(idx, fc.blindIndex('1503104123'));
    assert.notEqual(idx, fc.blindIndex('1503104124'));
    const { createHash } = await import('node:crypto');
    assert.notEqual(idx, createHash('sha256').update('1503104123').digest('hex'));
    assert.notEqual(idx, createFieldCrypto({ version: 'v1', secret: S2 }).blindIndex('1503104123'));
  });
});

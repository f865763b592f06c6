import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../test/support/app.js';
import { auditRows } from '../identity/test/helpers.js';
import { pairDelaySeconds } from './rate-limit.js';

it('a pair pays no delay for its first failures, then 1, 2, 4 … seconds, never more than 5 minutes', () => {
  assert.deepEqual([0, 4, 5, 6, 7, 30].map((n) => pairDelaySeconds(n, 5)), [0, 0, 1, 2, 4, 300]);
});

forEachEngine('login throttling: attackers, not users', (engine) => {
  let t: TestApp;
  before(async () => {
    // The production defaults, written out: 50 per address, 20 per username, 10 in a row lock, 5 free per pair.
    t = await startTestApp(engine, {
      LOGIN_IP_MAX_FAILURES: '50', LOGIN_ACCOUNT_MAX_FAILURES: '20', LOGIN_LOCKOUT_THRESHOLD: '10', LOGIN_PAIR_FREE_FAILURES: '5', LOGIN_PAIR_MAX_FAILURES: '20',
    });
  });
  after(() => t.close());
  const attempt = (username: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: ip });

  it('a correct login from an address with 60 failures of other users works', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    for (let i = 0; i < 60; i++) {
      const res = await attempt(`kollega.${i % 30}`, 'forkert-adgangskode', '10.50.0.1');
      assert.ok([401, 429].includes(res.statusCode));
    }
    assert.equal((await attempt(user.username, TEST_PASSWORD, '10.50.0.1')).statusCode, 200);
  });

  it('a stranger who knows the username cannot lock its owner out of the address the owner uses', async () => {
    const owner = await createUser(t.ctx, { role: 'analyst' });
    assert.equal((await attempt(owner.username, TEST_PASSWORD, '10.60.0.1')).statusCode, 200, 'the owner has logged in from the office');
    // The stranger from many addresses: the account lock and the per-username limit are reached.
    for (let i = 0; i < 25; i++) await attempt(owner.username, 'forkert-adgangskode', `10.61.${i}.1`);
    assert.equal((await auditRows(t.ctx, 'identity.account_locked', owner.id)).length >= 1, true, 'the lock is reached and audited');
    assert.equal((await attempt(owner.username, TEST_PASSWORD, '10.62.0.1')).statusCode, 429, 'an unknown address is refused');
    assert.equal((await attempt(owner.username, TEST_PASSWORD, '10.60.0.1')).statusCode, 200, 'the owner gets in from the known address');
  });

  it('one guesser at one address is slowed down, then stopped; the limit is audited; another address is not affected', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    for (let i = 0; i < 5; i++) assert.equal((await attempt(user.username, 'forkert-adgangskode', '10.70.0.1')).statusCode, 401);
    const slowed = await attempt(user.username, TEST_PASSWORD, '10.70.0.1');
    assert.equal(slowed.statusCode, 429, 'the sixth try comes too soon: not even the right password is checked');
    assert.equal(slowed.headers['retry-after'], '1');
    assert.equal((await auditRows(t.ctx, 'identity.login_rate_limited', user.id)).filter((r) => r.details.scope === 'pair_delay').length, 1);
    // The pause has passed (moved back in the database instead of waiting): the right password works.
    await t.ctx.db.execute(sql`UPDATE login_rate_buckets SET last_hit_at = now() - interval '2 seconds' WHERE bucket_key LIKE 'pair:%|10.70.0.1'`);
    assert.equal((await attempt(user.username, TEST_PASSWORD, '10.70.0.1')).statusCode, 200);
    // Twenty failures of the pair: 429 for the window, whatever the pause.
    await t.ctx.db.execute(sql`UPDATE login_rate_buckets SET hits = 20, last_hit_at = now() - interval '1 hour' WHERE bucket_key LIKE 'pair:%|10.70.0.1'`);
    assert.equal((await attempt(user.username, TEST_PASSWORD, '10.70.0.1')).statusCode, 429);
    assert.equal((await attempt(user.username, TEST_PASSWORD, '10.70.0.2')).statusCode, 200, 'the owner elsewhere is not affected');
  });
});

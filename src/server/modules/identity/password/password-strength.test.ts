import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, TEST_PASSWORD, type TestApp } from '../../../../../test/support/app.js';
import { checkPassword, PUBLISHED_DEMO_PASSWORD } from './password-policy.js';

it('the strength estimator refuses keyboard walks, Danish words and names with years, and dates, which the list misses', async () => {
  for (const walk of ['qwertyuiopasdf', 'zxcvbnmasdfghjkl', 'asdfghjklæø12', '1qaz2wsx3edc4rfv']) {
    assert.notEqual(await checkPassword(walk, 'anna'), null, walk);
  }
  // Words from the shipped Danish list, glued together: no single one is a common password.
  assert.equal(await checkPassword('københavnaarhus', 'anna'), 'guessable');
  assert.equal(await checkPassword('tirsdagtorsdag', 'anna'), 'guessable');
  assert.equal(await checkPassword('sønderborgsvendborg', 'anna'), 'guessable');
  assert.equal(await checkPassword('brøndbyif2024', 'anna'), 'guessable');
  // A pass phrase of unrelated words still passes; no composition rules.
  assert.equal(await checkPassword('korrekt hest batteri hæfteklamme', 'anna'), null);
  assert.equal(await checkPassword('blyant gardin vandkande trappe', 'anna'), null);
});

it('the demo password is refused outside demo mode, the published one and a configured one alike', async () => {
  assert.equal(await checkPassword(PUBLISHED_DEMO_PASSWORD, 'anna'), 'demo_password');
  assert.equal(await checkPassword('vores-egen-demo-frase-til-kurset', 'anna', { demoPassword: 'vores-egen-demo-frase-til-kurset' }), 'demo_password');
  assert.notEqual(await checkPassword(PUBLISHED_DEMO_PASSWORD, 'anna', { demo: true }), 'demo_password', 'demo mode uses it on purpose');
});

forEachEngine('password strength over the API', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('a user cannot change to the demo password or a keyboard walk; the error names the field in Danish', async () => {
    const user = await createUser(t.ctx, { role: 'analyst' });
    const client = await loginAs(t.app, user.username);
    for (const newPassword of [PUBLISHED_DEMO_PASSWORD, 'qwertyuiopasdf']) {
      const res = await client.post('/api/me/password', { currentPassword: TEST_PASSWORD, newPassword });
      assert.equal(res.statusCode, 400, newPassword);
      assert.equal(res.json().error.details[0].path, 'body.newPassword');
      assert.match(res.json().error.details[0].message, /demotilstand|let at gætte|almindelig/);
    }
  });
});

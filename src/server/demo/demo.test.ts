import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import pino from 'pino';
import { forEachEngine } from '../../../test/support/db.js';
import { countRows, startTestApp, type TestApp } from '../../../test/support/app.js';
import type { AppContext } from '../platform/app-context.js';
import { runStartupTasks } from '../startup.js';
import { DEMO_SEEDERS, DemoDatabaseError, type DemoSeeder } from './demo.js';

const silent = pino({ level: 'silent' });

forEachEngine('demo data', (engine) => {
  let t: TestApp;
  let real: TestApp;
  let calls = 0;
  // A stand-in for a module's seeder, registered the way modules do it, so the test sees what startup runs.
  const probe: DemoSeeder = async () => {
    calls += 1;
  };
  const withDemo = (on: boolean, app = t): AppContext => ({ ...app.ctx, config: { ...app.ctx.config, SKJOLD_DEMO: on } });

  before(async () => {
    t = await startTestApp(engine);
    real = await startTestApp(engine);
    DEMO_SEEDERS.push(probe);
  });
  after(async () => {
    DEMO_SEEDERS.splice(DEMO_SEEDERS.indexOf(probe), 1);
    await t.close();
    await real.close();
  });

  it('never seeds without demo mode, however often the server starts', async () => {
    await runStartupTasks(withDemo(false, real), silent);
    await runStartupTasks(withDemo(false, real), silent);
    assert.equal(calls, 0);
    assert.equal(await countRows(real.ctx, 'demo_state'), 0);
  });

  it('refuses to turn a real database (it has users) into a demo one', async () => {
    assert.ok((await countRows(real.ctx, 'users')) > 0, 'the first start created the admin');
    const usersBefore = await countRows(real.ctx, 'users');
    await assert.rejects(runStartupTasks(withDemo(true, real), silent), DemoDatabaseError);
    assert.equal(calls, 0, 'no seeder ran');
    assert.equal(await countRows(real.ctx, 'users'), usersBefore, 'no demo account was created');
    assert.equal(await countRows(real.ctx, 'demo_state'), 0);
  });

  it('seeds in demo mode, idempotently: a restart in demo mode works and marks the database once', async () => {
    await runStartupTasks(withDemo(true), silent);
    await runStartupTasks(withDemo(true), silent);
    assert.equal(calls, 2, 'every demo start runs the seeders (they are idempotent themselves)');
    assert.equal(await countRows(t.ctx, 'demo_state'), 1);
  });

  it('refuses a demo database when started without demo mode, without seeding', async () => {
    await assert.rejects(runStartupTasks(withDemo(false), silent), (err: Error) => {
      assert.ok(err instanceof DemoDatabaseError);
      assert.match(err.message, /demodata/);
      return true;
    });
    assert.equal(calls, 2);
  });
});

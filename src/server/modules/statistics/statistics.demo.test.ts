import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { seedDemoUsers } from '../identity/identity.demo.js';
import { demoStatisticsSpecs, seedDemoStatistics, DEMO_STATISTICS_TOTAL } from './statistics.demo.js';
import type { RowView } from './statistics.schemas.js';

forEachEngine('statistics demo', (engine) => {
  let t: TestApp;
  let analyst: Client;
  const specs = demoStatisticsSpecs();
  const year = new Date().getUTCFullYear();
  const Q = `from=${year}-01-01&to=${year}-12-31`;
  before(async () => {
    t = await startTestApp(engine, { SKJOLD_DEMO: '1' });
    await seedDemoUsers({ ...t.ctx, config: { ...t.ctx.config, SKJOLD_DEMO: true } });
    analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
  });
  after(() => t.close());

  it('loads seed 000’s shape once, and the summary reproduces the loaded marginals', async () => {
    assert.equal(await seedDemoStatistics(t.ctx), DEMO_STATISTICS_TOTAL);
    assert.equal(await seedDemoStatistics(t.ctx), 0, 'idempotent');
    const s = (await analyst.get(`/api/statistics/summary?${Q}`)).json();
    assert.equal(s.inquiries.count, DEMO_STATISTICS_TOTAL);
    assert.equal(s.cases.count, specs.filter((x) => x.case).length);
    assert.deepEqual(s.municipalitiesUsed, { count: new Set(specs.map((x) => x.municipality)).size, of: 98 });
    const share = (k: string) => s.shares.find((x: { key: string }) => x.key === k);
    assert.equal(share('advisedDirectly').count, specs.filter((x) => x.advised).length);
    assert.ok(share('advisedDirectly').percent > 33.3, 'more than a third advised directly');
    assert.equal(share('over30').count, specs.filter((x) => x.ageBand === 'OVER_30').length);
    assert.deepEqual(s.reasonsRanked.slice(0, 2).map((r: RowView) => r.key), ['SOCIALE_RESTRIKTIONER', 'FYSISK_VOLD']);
  });

  it('cells under 5 and their complements are suppressed in the municipality table', async () => {
    const m = (await analyst.get(`/api/statistics/inquiries?${Q}&by=municipality`)).json();
    const truth = new Map<string, number>();
    for (const x of specs) truth.set(x.municipality!, (truth.get(x.municipality!) ?? 0) + 1);
    for (const r of m.rows as RowView[]) {
      const n = truth.get(r.key) ?? 0;
      if (n >= 1 && n <= 4) assert.equal(r.mark, '<5', `${r.label} ${n}`);
      if (!r.suppressed) assert.equal(r.count, n, r.label);
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type TestApp } from '../../../../test/support/app.js';
import { createCaseRow } from '../../../../test/support/factories.js';
import type { Actor } from '../../platform/access/actor.js';
import { queryRows } from '../../platform/db/client.js';
import { svcOf } from '../../shared/svc.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { addSafetyMeasure, addTask } from './actions.service.js';

/** Tasks and safety measures added by another module (inside its transaction): stored sealed, listed opened, in scope only. */
forEachEngine('actions: tasks and safety measures', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('seals text and owner at rest, lists them in the clear to the case, and 404 to an outsider', async () => {
    const u = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165', displayName: 'Sanne Sagsbehandler' });
    const c = await createCaseRow(t.ctx, { municipalityCode: '165', participants: [{ userId: u.id, role: 'RESPONSIBLE_CASEWORKER' }] });
    const actor: Actor = { userId: u.id, username: u.username, displayName: u.displayName, role: 'caseworker', municipalityCode: '165', region: null, sessionId: 'test' };
    const svc = svcOf(t.ctx);
    const gated = await requireCaseInScope(t.ctx.db, actor, c.id);
    await svc.db.transaction(async (tx) => {
      const s = { ...svc, db: tx };
      await addTask(s, actor, { case: gated, title: 'Ring til Qvistgaard-skolen', owner: 'Bjørnskov', deadline: '2026-12-01', source: null });
      await addSafetyMeasure(s, actor, { case: gated, measureType: 'VOLDSALARM', description: 'Alarm hos Lindqvist', responsible: 'Østervold Politi', deadline: null, source: null });
    });

    const stored = (await queryRows<{ row: string }>(t.ctx.db, sql`
      SELECT x::text AS row FROM tasks x WHERE case_id = ${c.id} UNION ALL SELECT y::text FROM safety_measures y WHERE case_id = ${c.id}`)).map((r) => r.row).join('\n');
    for (const word of ['Qvistgaard', 'Bjørnskov', 'Lindqvist', 'Østervold']) assert.ok(!stored.includes(word), `"${word}" stored in the clear`);
    assert.match(stored, /VOLDSALARM/, 'the codes stay readable for lists');

    const mine = await loginAs(t.app, u.username);
    const res = await mine.get(`/api/cases/${c.id}/actions`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().tasks.map((x: { title: string; owner: string; deadline: string }) => [x.title, x.owner, x.deadline]), [['Ring til Qvistgaard-skolen', 'Bjørnskov', '2026-12-01']]);
    assert.deepEqual(res.json().safetyMeasures.map((x: { description: string; responsible: string }) => [x.description, x.responsible]), [['Alarm hos Lindqvist', 'Østervold Politi']]);

    const other = await loginAs(t.app, (await createUser(t.ctx, { role: 'caseworker', municipalityCode: '851' })).username);
    const outside = await other.get(`/api/cases/${c.id}/actions`);
    assert.equal(outside.statusCode, 404);
    assert.equal(outside.body, (await other.get('/api/cases/00000000-0000-4000-8000-000000000000/actions')).body);
  });
});

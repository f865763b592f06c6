import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CASE_QUESTIONS, CASE_SECTIONS } from '../caseSections.js';
import type { CaseDetail } from '../casesApi.js';
import { caseTodos } from './caseTodos.js';

const base = {
  status: 'AABEN', acute: false, currentRiskLevel: null, overdue: false, followUpDueAt: null, responsibleCaseworker: null,
  consents: [], legalBases: [], dutyToNotify: { applies: true, fulfilledAt: null, legalReference: 'Barnets lov § 133' },
} as unknown as CaseDetail;

it('the overview lists what needs doing, the duty to notify first', () => {
  const todos = caseTodos(base);
  assert.match(todos[0]!.text, /Registrér underretningen/);
  assert.ok(todos.some((t) => t.path === 'risiko'));
  assert.ok(todos.some((t) => t.path === 'personer' && t.urgent), 'no consent or legal basis is urgent');
  assert.deepEqual(caseTodos({ ...base, status: 'AFSLUTTET', dutyToNotify: { ...base.dutyToNotify, applies: false } } as CaseDetail), []);
});

it('after a handover the overview asks to take over or reassign what the previous caseworker owned', () => {
  const todos = caseTodos({ ...base, id: 'c1', handoverPending: { tasks: 2, measures: 1 } } as CaseDetail);
  const t = todos.find((x) => x.link);
  assert.equal(t?.text, 'Sagen er overdraget: overtag eller fordel 2 opgaver og 1 foranstaltning fra den tidligere sagsbehandler.');
  assert.deepEqual([t?.urgent, t?.link?.to], [true, '/sager/c1/overtag']);
  assert.ok(!caseTodos({ ...base, handoverPending: { tasks: 0, measures: 0 } } as CaseDetail).some((x) => x.link));
});

it('the section registry: unique paths, every section under a known question, route-safe paths', () => {
  const paths = CASE_SECTIONS.map((s) => s.path);
  assert.equal(new Set(paths).size, paths.length);
  const questions = new Set<string>([...CASE_QUESTIONS.map((q) => q.id), 'sagen']);
  for (const s of CASE_SECTIONS) {
    assert.ok(questions.has(s.question), s.path);
    assert.match(s.path, /^[a-z0-9-]+$/, `${s.path}: lower case, no æøå`);
    assert.notEqual(s.path, 'udskriv', 'reserved for the print view');
  }
  assert.equal(CASE_SECTIONS.find((s) => s.path === 'adgang')?.print, false, 'the access list is never printed');
});

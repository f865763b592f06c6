import assert from 'node:assert/strict';
import { it } from 'node:test';
import { addYears, measureProblems, type MeasureFacts } from './measures.limits.js';

/** Pure rules: no database, so one run covers both engines' behaviour (the API test runs on both). */
const base: MeasureFacts = {
  measureType: 'PASINDDRAGELSE', status: 'IVAERKSAT', startsOn: '2026-12-01', endsOn: null, endsOnWritten: true,
  decided: null, evaluation: null, citizenBirthDate: '2009-06-15', today: '2026-12-01',
};
const paths = (f: Partial<MeasureFacts>) => measureProblems({ ...base, ...f }).map((p) => p.path);

it('passport withdrawal for a 17½-year-old cannot run past the 18th birthday', () => {
  const problems = measureProblems({ ...base, endsOn: '2027-07-01' });
  assert.deepEqual(problems.map((p) => p.path), ['body.endsOn']);
  assert.match(problems[0]!.message, /18-årsdag.*1\. juli 2027.*15\. juni 2027/);
  assert.deepEqual(paths({ endsOn: '2027-06-15' }), [], 'ending on the birthday itself is allowed');
});

it('passport withdrawal lasts at most one year at a time: 13 months refused, 12 allowed', () => {
  const young = { citizenBirthDate: '2014-03-03' };
  const refused = measureProblems({ ...base, ...young, endsOn: '2028-01-01' });
  assert.deepEqual(refused.map((p) => p.path), ['body.endsOn']);
  assert.match(refused[0]!.message, /højst vare 1 år.*1\. januar 2028.*1\. december 2027/);
  assert.deepEqual(paths({ ...young, endsOn: '2027-12-01' }), []);
});

it('passport withdrawal needs an end, a known birth date, and a child', () => {
  assert.deepEqual(paths({ endsOn: null }), ['body.endsOn']);
  assert.deepEqual(paths({ citizenBirthDate: null, endsOn: '2027-01-01' }), ['body.endsOn']);
  assert.deepEqual(paths({ citizenBirthDate: '2000-01-01', endsOn: '2027-01-01' }), ['body.measureType']);
  assert.deepEqual(paths({ status: 'FORESLAAET', citizenBirthDate: null }), [], 'a proposal without dates waits');
  assert.deepEqual(paths({ status: 'FORESLAAET', citizenBirthDate: '2000-01-01' }), ['body.measureType'], 'but not for an adult');
  assert.deepEqual(paths({ status: 'FORESLAAET', endsOn: '2027-07-01' }), ['body.endsOn'], 'a proposed end past the birthday is refused too');
});

it('dates: an end before the start or in the past is refused; a stored past end is not re-judged', () => {
  assert.deepEqual(paths({ measureType: 'VOLDSALARM', startsOn: '2026-12-01', endsOn: '2026-11-01' }), ['body.endsOn', 'body.endsOn']);
  assert.deepEqual(paths({ measureType: 'VOLDSALARM', startsOn: '2026-10-01', endsOn: '2026-11-01', endsOnWritten: false }), []);
  assert.deepEqual(paths({ measureType: 'VOLDSALARM', startsOn: '2027-01-01' }), ['body.startsOn'], 'in force cannot start in the future');
});

it('the municipality\'s decisions name who decided; ending asks for an evaluation', () => {
  assert.deepEqual(paths({ measureType: 'ANBRINGELSE' }), ['body.decided']);
  assert.deepEqual(paths({ measureType: 'ANBRINGELSE', decided: { by: 'Afdelingsleder', on: '2026-11-30' } }), []);
  assert.deepEqual(paths({ measureType: 'ANBRINGELSE', status: 'FORESLAAET' }), [], 'a proposal needs no decision yet');
  assert.deepEqual(paths({ measureType: 'VOLDSALARM', status: 'AFSLUTTET' }), ['body.evaluation']);
});

it('addYears clamps 29 February', () => {
  assert.equal(addYears('2008-02-29', 18), '2026-02-28');
  assert.equal(addYears('2026-12-01', 1), '2027-12-01');
});

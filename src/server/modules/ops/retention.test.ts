import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachEngine } from '../../../../test/support/db.js';
import { countRows, createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor, type FieldCrypto } from '../../platform/crypto/fields.js';
import { verifyAuditChain } from '../../platform/audit/verify.js';
import { caseBody, consentBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';
import { BY_VALUES, DIMENSIONS } from '../statistics/statistics.dimensions.js';
import { statisticsRepo } from '../statistics/statistics.repository.js';
import { insertInquiries, many } from '../statistics/statistics.fixtures.js';
import { LEVELS } from '../statistics/statistics.schemas.js';
import { runRetention } from './retention.js';

/** A period that covers every inquiry of the data set (the old ones of 2018–19 and this year's). */
const FROM = '2018-01-01';
const TO = new Date().toISOString().slice(0, 10);

/**
 * What the product publishes, as the analyst reads it: every `by=` table at every level, and the summary, over
 * one period covering all the data. Beside it the unsuppressed counts the tables are made from (every dimension,
 * the totals, the summary's cases/persons/municipalities), so a change that suppression would hide shows too.
 */
async function published(t: TestApp, analyst: Client) {
  const get = async (url: string) => {
    const res = await analyst.get(url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json() as unknown;
  };
  const tables: Record<string, unknown> = {};
  for (const by of BY_VALUES) {
    for (const level of LEVELS) tables[`${by}:${level}`] = await get(`/api/statistics/inquiries?from=${FROM}&to=${TO}&by=${by}&level=${level}`);
  }
  const p = { from: FROM, to: TO };
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  const raw: Record<string, unknown> = { totals: sorted(await statisticsRepo.areaTotals(t.ctx.db, p)), summary: await statisticsRepo.summaryCounts(t.ctx.db, p) };
  for (const d of DIMENSIONS) raw[d.key] = sorted(await statisticsRepo.dimensionCounts(t.ctx.db, p, d));
  return { tables, summary: await get(`/api/statistics/summary?from=${FROM}&to=${TO}`), raw };
}

/** Every figure as path → value, so a difference reads as the figures that moved (before → after), not a 100 000-line diff. */
function flatten(v: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) flatten(x, path ? `${path}.${k}` : k, out);
  else out.set(path, v);
  return out;
}
function assertSameFigures(after: unknown, before: unknown, message: string) {
  const a = flatten(after);
  const b = flatten(before);
  const moved = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).map((k) => `${k}: ${String(b.get(k))} → ${String(a.get(k))}`);
  assert.deepEqual(moved, [], message);
  assert.deepEqual(after, before, message);
}

interface CitizenSpec {
  /** the citizen's age today: it decides the age band and the consents a case needs */
  age: number;
  /** CPR serial: two specs with the same age and serial are the same person */
  serial?: string;
  /** the case's citizen has no CPR of its own (only the inquiry knows it) */
  caseWithoutCpr?: boolean;
  municipality?: string;
  receivedAt: string;
  screening?: string;
  /** a screening recorded on the inquiry before the case (counts when the case has none) */
  inquiryScreening?: string;
  measures?: { type: string; status: 'FORESLAAET' | 'IVAERKSAT' | 'AFSLUTTET' }[];
  closed?: { ago: string; outcome: 'AFSLUTTET' | 'OVERDRAGET'; evaluation?: { outcome: string; helped: string[] } };
}

const band = (age: number) => (age < 15 ? 'UNDER_15' : age < 18 ? '15_17' : age < 25 ? '18_24' : age <= 30 ? '25_30' : 'OVER_30');

/** An identified citizen's inquiry and case as the consultant makes them, then the case's work written as the modules store it. */
async function citizenCase(t: TestApp, fc: FieldCrypto, k: Client, staff: string, s: CitizenSpec): Promise<string> {
  const municipality = s.municipality ?? '165';
  const cpr = s.serial === undefined ? undefined : cprForAge(s.age, s.serial);
  const citizen = { name: `Borger Retention ${s.serial ?? s.receivedAt}`, ...(cpr ? { cpr } : {}), ageBand: band(s.age), municipalityCode: municipality };
  const inq = await k.post('/api/inquiries', inquiryBody({ anonymous: false, receivedAt: s.receivedAt, initiatorMunicipalityCode: municipality }, citizen));
  assert.equal(inq.statusCode, 201, inq.body);
  const inquiryId = inq.json().id as string;
  const consent = await k.post(`/api/inquiries/${inquiryId}/consents`, consentBody(s.age < 18 ? 'FORAELDREMYNDIGHEDSINDEHAVER' : 'BORGER'));
  assert.equal(consent.statusCode, 201, consent.body);
  if (s.inquiryScreening) {
    await t.ctx.db.execute(sql`INSERT INTO risk_screenings (inquiry_id, outcome, rationale_enc, answers_enc, screened_by, screened_at)
      VALUES (${inquiryId}, ${s.inquiryScreening}, ${fc.encrypt('Ringede fra skolen om Borger Retention')}, ${fc.encrypt('{}')}, ${staff}, ${s.receivedAt}::timestamptz)`);
  }
  const caseCitizen = { name: citizen.name, municipalityCode: municipality, ...(cpr && !s.caseWithoutCpr ? { cpr } : {}) };
  const c = await k.post('/api/cases', caseBody(inquiryId, caseCitizen, {
    responsibleMunicipalityCode: municipality,
    persons: [{ role: 'TILLIDSPERSON', name: 'Moster Retention', gender: 'KVINDE' }],
  }));
  assert.equal(c.statusCode, 201, c.body);
  const caseId = c.json().id as string;
  assert.equal((await k.post(`/api/cases/${caseId}/journal`, { type: 'NOTAT', title: 'Samtale med skolen', body: 'Detaljer om familien' })).statusCode, 201);
  let screeningId: string | null = null;
  if (s.screening) {
    const [row] = await queryRows<{ id: string }>(t.ctx.db, sql`INSERT INTO risk_screenings (case_id, outcome, rationale_enc, answers_enc, screened_by, screened_at)
      VALUES (${caseId}, ${s.screening}, ${fc.encrypt('Faren truer hende')}, ${fc.encrypt('{"trussel":true}')}, ${staff}, ${s.receivedAt}::timestamptz + interval '1 day') RETURNING id`);
    screeningId = row!.id;
  }
  if (s.measures?.length) {
    const [actor] = await queryRows<{ id: string }>(t.ctx.db, sql`INSERT INTO case_actors (case_id, actor_type, name_enc, created_by)
      VALUES (${caseId}, 'KRISECENTER', ${fc.encrypt('Krisecenter Nord, kontakt Hanne')}, ${staff}) RETURNING id`);
    const [assessment] = await queryRows<{ id: string }>(t.ctx.db, sql`INSERT INTO risk_assessments (case_id, version, status, instrument_code, instrument_version, content_enc, created_by, assessor_id, completed_at)
      VALUES (${caseId}, 1, 'AFSLUTTET', 'PATRIARK', '1', ${fc.encrypt('{"noter":"Faren truer hende"}')}, ${staff}, ${staff}, now()) RETURNING id`);
    for (const [n, m] of s.measures.entries()) {
      await t.ctx.db.execute(sql`INSERT INTO safety_measures (case_id, measure_type, description_enc, responsible_enc, status, created_by, origin,
          owner_actor_id, source_assessment_id, screening_id, starts_on, ends_on, ended_on, decided_by_enc, decided_on, evaluation_outcome, evaluation_note_enc)
        VALUES (${caseId}, ${m.type}, ${fc.encrypt('Ophold på Krisecenter Nord')}, ${fc.encrypt('Hanne')}, ${m.status}, ${staff}, ${screeningId ? 'SCREENING' : 'VURDERING'},
          ${n === 0 ? actor!.id : null}::uuid, ${assessment!.id}, ${screeningId}::uuid, ${s.receivedAt}::date, NULL, ${m.status === 'AFSLUTTET' ? sql`${s.receivedAt}::date + 30` : sql`NULL`},
          ${fc.encrypt('Afdelingsleder Zebulonsen')}, ${s.receivedAt}::date, ${m.status === 'AFSLUTTET' ? 'HJALP' : null}, ${m.status === 'AFSLUTTET' ? fc.encrypt('Hun er i sikkerhed') : null})`);
    }
  }
  if (s.closed) {
    const ago = sql`now() - ${s.closed.ago}::interval`;
    await t.ctx.db.execute(sql`UPDATE cases SET status = ${s.closed.outcome}, closure_outcome = ${s.closed.outcome}, closed_at = ${ago},
      closure_reason_enc = ${fc.encrypt('Familien er flyttet')}, evaluation_enc = ${fc.encrypt('Det gik godt')} WHERE id = ${caseId}`);
    if (s.closed.evaluation) {
      await t.ctx.db.execute(sql`INSERT INTO case_closure_evaluations (case_id, closed_at, closure_outcome, evaluation_outcome, helped, helped_note_enc,
          measure_evaluations, override_reason_enc, risk_level_at_close, municipality_code, closed_by)
        VALUES (${caseId}, ${ago}, ${s.closed.outcome}, ${s.closed.evaluation.outcome},
          ${`{${s.closed.evaluation.helped.join(',')}}`}::text[], ${fc.encrypt('Moster Retention hjalp')}, '[]'::jsonb, ${fc.encrypt('Ingen opgaver åbne')}, 'MODERAT', ${municipality}, ${staff})`);
    }
  }
  return caseId;
}

forEachEngine('retention run', (engine) => {
  let t: TestApp;
  let analyst: Client;
  let fc: FieldCrypto;
  const old: string[] = [];
  const recent: string[] = [];
  let handedOver: string;
  before(async () => {
    t = await startTestApp(engine);
    fc = fieldCryptoFor(t.ctx.config);
    const kons = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const cw = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
    const k = await loginAs(t.app, kons.username);
    const crisis = [{ type: 'KRISECENTER', status: 'IVAERKSAT' as const }, { type: 'VOLDSALARM', status: 'AFSLUTTET' as const }, { type: 'SAFEHOUSE', status: 'FORESLAAET' as const }];
    const ended = { ago: '7 years', outcome: 'AFSLUTTET' as const };
    // Past the limit: seven cases closed seven years ago. Person 101 has a second, recent case (a live row keeps
    // the person); person 102 two old cases (both retained); one citizen's case has no CPR (only the inquiry's).
    const oldSpecs: CitizenSpec[] = [
      { age: 27, serial: '101', receivedAt: '2018-03-01T10:00:00+01:00', screening: 'HANDLING', measures: crisis, closed: { ...ended, evaluation: { outcome: 'RISIKO_REDUCERET', helped: ['KRISECENTER_BOSTED', 'SIKKERHEDSPLAN'] } } },
      { age: 33, serial: '102', receivedAt: '2018-04-01T10:00:00+02:00', screening: 'AKUT', measures: crisis, closed: { ...ended, evaluation: { outcome: 'RISIKO_REDUCERET', helped: ['KRISECENTER_BOSTED'] } } },
      { age: 33, serial: '102', receivedAt: '2018-09-01T10:00:00+02:00', inquiryScreening: 'HANDLING', measures: crisis, closed: { ...ended, evaluation: { outcome: 'UAENDRET', helped: ['NETVAERK'] } } },
      { age: 16, serial: '103', receivedAt: '2018-05-01T10:00:00+02:00', screening: 'HANDLING', measures: crisis, closed: { ...ended, evaluation: { outcome: 'RISIKO_REDUCERET', helped: ['SIKKERHEDSPLAN'] } } },
      { age: 22, serial: '104', caseWithoutCpr: true, receivedAt: '2018-06-01T10:00:00+02:00', screening: 'RAADGIVNING', measures: crisis, closed: { ...ended, evaluation: { outcome: 'KONTAKT_OPHOERT', helped: ['KRISECENTER_BOSTED'] } } },
      { age: 40, receivedAt: '2018-07-01T10:00:00+02:00', screening: 'HANDLING', measures: crisis, closed: ended },
      { age: 19, serial: '106', municipality: '151', receivedAt: '2018-08-01T10:00:00+02:00', screening: 'AKUT', measures: [{ type: 'KRISECENTER', status: 'AFSLUTTET' }], closed: { ...ended, evaluation: { outcome: 'BORGER_FLYTTET', helped: ['KRISECENTER_BOSTED'] } } },
    ];
    for (const s of oldSpecs) old.push(await citizenCase(t, fc, k, cw.id, s));
    // Not due: handed over seven years ago (retention takes closed cases only), closed last month, still open.
    handedOver = await citizenCase(t, fc, k, cw.id, { age: 29, serial: '201', receivedAt: '2019-01-10T10:00:00+01:00', screening: 'HANDLING', measures: crisis,
      closed: { ago: '7 years', outcome: 'OVERDRAGET', evaluation: { outcome: 'BORGER_FLYTTET', helped: ['KOORDINERING_KOMMUNE'] } } });
    const recentSpecs: CitizenSpec[] = [
      { age: 27, serial: '101', receivedAt: '2026-01-05T10:00:00+01:00', screening: 'AKUT', measures: crisis, closed: { ago: '1 month', outcome: 'AFSLUTTET', evaluation: { outcome: 'RISIKO_REDUCERET', helped: ['KRISECENTER_BOSTED'] } } },
      { age: 35, serial: '202', receivedAt: '2026-01-06T10:00:00+01:00', screening: 'HANDLING', measures: crisis },
      { age: 17, serial: '203', receivedAt: '2026-01-07T10:00:00+01:00', inquiryScreening: 'RAADGIVNING' },
    ];
    for (const s of recentSpecs) recent.push(await citizenCase(t, fc, k, cw.id, s));
    // Anonymous inquiries around them, some with a case of their own, so the tables are more than the citizens above.
    await insertInquiries(t.ctx.db, [
      ...many(6, { municipality: '165', receivedAt: '2018-03-02T10:00:00+01:00', ageBand: '25_30', case: true, measures: ['KRISECENTER'] }),
      ...many(5, { municipality: '165', receivedAt: '2026-01-02T10:00:00+01:00', reasons: ['FYSISK_VOLD'], advised: true }),
      ...many(7, { municipality: '151', receivedAt: '2019-02-02T10:00:00+01:00', case: true, closed: 'AFSLUTTET', evaluation: { outcome: 'UAENDRET', helped: ['ANDET'] } }),
    ], cw.id, fc.encrypt);
  });
  after(() => t.close());

  it('--dry-run counts and changes nothing; the run anonymises only cases past the limit and every published figure stays exactly the same', async () => {
    const before = await published(t, analyst);
    const persons = async (id: string) => (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM case_persons WHERE case_id = ${id}`))[0]!.n;
    // The 7 old citizens' cases; the synthetic ones closed 2026 (now()) are not due.
    const dry = await runRetention(t.ctx.db, fc, { months: 60, dryRun: true });
    assert.deepEqual(dry, { due: old.length, anonymised: 0, dryRun: true });
    assert.ok((await persons(old[0]!)) > 0, 'a dry run deletes nothing');
    assert.equal(await countRows(t.ctx, 'retained_person_tokens'), 0, 'and writes nothing');
    assertSameFigures(await published(t, analyst), before, 'a dry run changes no figure');

    const progress: string[] = [];
    const run = await runRetention(t.ctx.db, fc, { months: 60, batchSize: 3, progress: (m) => progress.push(m) });
    assert.deepEqual(run, { due: old.length, anonymised: old.length, dryRun: false });
    assert.equal(progress.length, 3, 'one line per batch');

    assertSameFigures(await published(t, analyst), before, 'statistics exactly as before');

    for (const id of old) assert.equal(await persons(id), 0, 'the persons of a retained case are gone');
    for (const id of [...recent, handedOver]) assert.ok((await persons(id)) > 0, 'a case not due is kept');
    const count = async (q: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(t.ctx.db, q))[0]!.n;
    const ids = sql`${`{${old.join(',')}}`}::uuid[]`;
    assert.equal(await count(sql`SELECT count(*)::int n FROM inquiries WHERE case_id = ANY(${ids}) AND (citizen_name_enc IS NOT NULL OR summary_enc IS NOT NULL
      OR citizen_cpr_enc IS NOT NULL OR citizen_cpr_index IS NOT NULL)`), 0, 'the inquiries lost their identifying fields');
    for (const table of ['journal_entries', 'risk_assessments', 'case_actors', 'case_person_cprs']) {
      assert.equal(await count(sql`SELECT count(*)::int n FROM ${sql.identifier(table)} WHERE case_id = ANY(${ids})`), 0, table);
    }
    // What statistics count is kept, its text is not: every sealed field left on a retained case's rows says only that (or is an empty answers object).
    const placeholder = 'Anonymiseret efter opbevaringsfristen';
    const sealed = [
      ...(await queryRows<{ v: string | null }>(t.ctx.db, sql`SELECT unnest(ARRAY[description_enc, responsible_enc, decided_by_enc, evaluation_note_enc]) v FROM safety_measures WHERE case_id = ANY(${ids})`)),
      ...(await queryRows<{ v: string | null }>(t.ctx.db, sql`SELECT unnest(ARRAY[rationale_enc, answers_enc]) v FROM risk_screenings
        WHERE case_id = ANY(${ids}) OR inquiry_id IN (SELECT id FROM inquiries WHERE case_id = ANY(${ids}))`)),
      ...(await queryRows<{ v: string | null }>(t.ctx.db, sql`SELECT unnest(ARRAY[helped_note_enc, override_reason_enc]) v FROM case_closure_evaluations WHERE case_id = ANY(${ids})`)),
      ...(await queryRows<{ v: string | null }>(t.ctx.db, sql`SELECT unnest(ARRAY[closure_reason_enc, evaluation_enc, responsible_contact_enc]) v FROM cases WHERE id = ANY(${ids})`)),
    ];
    assert.ok(sealed.length > 50);
    for (const { v } of sealed) if (v !== null) assert.ok([placeholder, '{}'].includes(fc.decrypt(v)), fc.decrypt(v));
    // Person 102 had only retained cases: nothing anywhere leads from their CPR to them any more.
    const gone = fc.blindIndex(cprForAge(33, '102'));
    for (const [table, column] of [['case_persons', 'cpr_index'], ['case_person_cprs', 'cpr_index'], ['inquiries', 'citizen_cpr_index'], ['retained_person_tokens', 'cpr_index']]) {
      assert.equal(await count(sql`SELECT count(*)::int n FROM ${sql.identifier(table!)} WHERE ${sql.identifier(column!)} = ${gone}`), 0, `${table}.${column}`);
    }

    assert.equal((await verifyAuditChain(t.ctx.db)).ok, true);
    assert.equal(await count(sql`SELECT count(*)::int n FROM audit_events WHERE event_type = 'ops.retention_run'`), old.length);
    assert.equal((await runRetention(t.ctx.db, fc, { months: 60 })).anonymised, 0, 'a second run has nothing to do');
    assertSameFigures(await published(t, analyst), before, 'a second run changes nothing either');
  });

  it('a person whose live case is retained later is still one person: the token follows them', async () => {
    const before = await published(t, analyst);
    // Person 101's recent case (closed a month ago) passes the limit too.
    await t.ctx.db.execute(sql`UPDATE cases SET closed_at = now() - interval '7 years' WHERE id = ${recent[0]}`);
    await t.ctx.db.execute(sql`UPDATE case_closure_evaluations SET closed_at = now() - interval '7 years' WHERE case_id = ${recent[0]}`);
    assert.equal((await runRetention(t.ctx.db, fc, { months: 60 })).anonymised, 1);
    assertSameFigures(await published(t, analyst), before, 'statistics exactly as before');
    const [tokens] = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int n FROM retained_person_tokens WHERE cpr_index = ${fc.blindIndex(cprForAge(27, '101'))}`);
    assert.equal(tokens!.n, 0, 'no live row of the person is left, so neither is the link from their CPR');
  });
});

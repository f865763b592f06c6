import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { forEachEngine } from '../../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';

// The official list (copied from shared/data/kommuner.csv): the migration must match it row for row.
const csvFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'kommuner.csv');
const official = readFileSync(csvFile, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code, name, region] = line.split(',');
    return { code: code!, name: name!, region: region!.trim() };
  });

forEachEngine('directory', (engine) => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp(engine);
  });
  after(() => t.close());

  it('finds Albertslund (165) in Region Hovedstaden with its consultants, without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/165' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), {
      code: '165',
      name: 'Albertslund',
      region: 'Region Hovedstaden',
      consultants: [
        { name: 'Louise', phone: '24 87 10 53', speciality: null },
        { name: 'Sarah', phone: '21 46 15 70', speciality: null },
        { name: 'Maria', phone: '51 36 83 54', speciality: 'Kun genopdragelsesrejser og ufrivillige udlandsophold' },
      ],
    });
  });

  it('gives every municipality its region’s consultants; Line serves both Syddanmark and Sjælland', async () => {
    const odense = (await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/461' })).json();
    assert.equal(odense.region, 'Region Syddanmark');
    assert.deepEqual(odense.consultants.map((c: { name: string }) => c.name), ['Line', 'Martin']);
    const roskilde = (await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/265' })).json();
    assert.equal(roskilde.region, 'Region Sjælland');
    assert.deepEqual(roskilde.consultants.map((c: { name: string; phone: string }) => `${c.name} ${c.phone}`), ['Julie 20 36 50 66', 'Line 30 71 32 82']);
    const aalborg = (await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/851' })).json();
    assert.deepEqual(aalborg.consultants.map((c: { name: string }) => c.name), ['Nana', 'Fiolla']);
    const aarhus = (await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/751' })).json();
    assert.deepEqual(aarhus.consultants.map((c: { name: string }) => c.name), ['Bettina', 'Heidi', 'Mette', 'Bugge']);
  });

  it('answers a malformed code with 400 validation.failed naming params.code, and an unknown one with a Danish 404', async () => {
    for (const bad of ['16', '1650', 'abc', '%20165']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/directory/municipalities/${bad}` });
      assert.equal(res.statusCode, 400, bad);
      const body = res.json();
      assert.equal(body.error.code, 'validation.failed');
      assert.ok(body.error.details.some((d: { path: string }) => d.path === 'params.code'), JSON.stringify(body));
    }
    const unknown = await t.app.inject({ method: 'GET', url: '/api/directory/municipalities/999' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'http.not_found');
    assert.equal(unknown.json().error.message, 'Der findes ingen kommune med koden 999.');
  });

  it('lists exactly the 98 official municipalities in 5 regions, in Danish order', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory/municipalities' });
    assert.equal(res.statusCode, 200);
    const list: { code: string; name: string; region: string }[] = res.json().municipalities;
    assert.equal(list.length, 98);
    assert.equal(new Set(list.map((m) => m.region)).size, 5);
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    assert.deepEqual([...list].sort(byCode), [...official].sort(byCode));
    // æ, ø, å after z, and "Aa" counts as "Å": C collation (PGlite) would put Aabenraa first and Ærø last.
    const names = list.map((m) => m.name);
    assert.equal(names[0], 'Albertslund');
    assert.ok(names.indexOf('Ærø') > names.indexOf('Vordingborg'), 'Ærø after Vordingborg');
    assert.deepEqual(names.slice(-4), ['Ærø', 'Aabenraa', 'Aalborg', 'Aarhus']);
  });

  it('lists the national actors with phone and eligibility; Familieretshuset without an invented number', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory/actors' });
    assert.equal(res.statusCode, 200);
    const actors: { name: string; phone: string | null; eligibility: string | null; alwaysOpen: boolean }[] = res.json().actors;
    const phoneOf = (name: string) => actors.find((a) => a.name === name)?.phone;
    assert.equal(phoneOf('Alarmcentralen'), '112');
    assert.equal(phoneOf('Politiet'), '114');
    assert.equal(phoneOf('Lev Uden Vold'), '1888');
    assert.equal(phoneOf('VISO'), '72 42 40 00');
    assert.equal(phoneOf('RED Rådgivning'), '70 27 76 66');
    assert.equal(phoneOf('RED Safehouse, Sjælland'), '45 11 78 00');
    assert.equal(phoneOf('RED Safehouse, Jylland'), '61 93 63 28');
    assert.equal(phoneOf('Udenrigsministeriets Borgerservice / Globale Vagtcenter'), '+45 33 92 11 12');
    assert.equal(phoneOf('Udlændingestyrelsen'), '+45 70 16 18 18');
    assert.equal(phoneOf('Ankestyrelsen'), '33 41 12 00');
    assert.equal(phoneOf('Familieretshuset'), null);
    assert.match(actors.find((a) => a.name === 'RED Safehouse, Jylland')!.eligibility!, /16–30 år uden børn/);
    assert.equal(actors.find((a) => a.name === 'RED Rådgivning')!.alwaysOpen, true);
  });
});

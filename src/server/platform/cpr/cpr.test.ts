import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCpr, fullYear, parseCpr, passesModulus11 } from './cpr.js';

describe('CPR parser (DOMAIN.md § 10)', () => {
  it('accepts DDMMYY-SSSS with and without the dash and gives the birth date', () => {
    assert.deepEqual(parseCpr('150310-4123'), { digits: '1503104123', birthDate: '2010-03-15' });
    assert.deepEqual(parseCpr('1503104123'), { digits: '1503104123', birthDate: '2010-03-15' });
    assert.equal(formatCpr('1503104123'), '150310-4123');
  });

  it('takes the century from the 7th digit and the year', () => {
    assert.equal(parseCpr('010137-0000')!.birthDate, '1937-01-01'); // 0–3: 1900s
    assert.equal(parseCpr('010136-4000')!.birthDate, '2036-01-01'); // 4: 00–36 → 2000s
    assert.equal(parseCpr('010137-4000')!.birthDate, '1937-01-01'); // 4: 37–99 → 1900s
    assert.equal(parseCpr('010157-5000')!.birthDate, '2057-01-01'); // 5–8: 00–57 → 2000s
    assert.equal(parseCpr('010158-8000')!.birthDate, '1858-01-01'); // 5–8: 58–99 → 1800s
    assert.equal(parseCpr('010199-9000')!.birthDate, '1999-01-01'); // 9: 37–99 → 1900s
    assert.equal(parseCpr('010105-9000')!.birthDate, '2005-01-01'); // 9: 00–36 → 2000s
  });

  it('checks real dates, leap years included', () => {
    assert.ok(parseCpr('290200-4000'), '2000 is a leap year');
    assert.equal(parseCpr('290200-0000'), null, '1900 is not a leap year');
    assert.ok(parseCpr('290296-0000'), '1996 is a leap year');
    assert.equal(parseCpr('310410-4000'), null, 'April has 30 days');
    assert.equal(parseCpr('001010-4000'), null);
    assert.equal(parseCpr('011310-4000'), null);
  });

  it('ACCEPTS a number that fails modulus 11', () => {
    assert.equal(passesModulus11('1503104123'), false);
    assert.ok(parseCpr('150310-4123'));
    assert.equal(passesModulus11('0707614285'), true);
  });

  it('rejects shapes that are not CPR numbers', () => {
    for (const bad of ['', '15031-04123', '150310--4123', '150310 4123', 'abcdefghij', '15031041234', null, 1503104123, {}]) {
      assert.equal(parseCpr(bad), null, String(bad));
    }
  });

  it('round-trips every valid date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1858-01-01T00:00:00Z'), max: new Date('2057-12-31T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }), (d, rest) => {
        const y = d.getUTCFullYear();
        // pick a 7th digit that maps this two-digit year to this century
        const yy = y % 100;
        const seventh = y < 1900 ? 5 : y < 2000 ? (yy >= 37 ? 4 : 0) : yy <= 36 ? 4 : 5;
        fc.pre(fullYear(yy, seventh) === y);
        const s = `${String(d.getUTCDate()).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(yy).padStart(2, '0')}-${seventh}${String(rest).padStart(3, '0')}`;
        const parsed = parseCpr(s);
        assert.ok(parsed, s);
        assert.equal(parsed.birthDate, d.toISOString().slice(0, 10));
        assert.equal(formatCpr(parsed.digits), s);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects impossible dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }), (dd, mm, yy, serial) => {
        const s = [dd, mm, yy].map((n) => String(n).padStart(2, '0')).join('') + String(serial).padStart(4, '0');
        const year = fullYear(yy, Math.floor(serial / 1000));
        const real = mm >= 1 && mm <= 12 && dd >= 1 && new Date(Date.UTC(year, mm - 1, dd)).getUTCDate() === dd && dd <= 31;
        assert.equal(parseCpr(s) !== null, real, s);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(fc.property(fc.anything(), (x) => { parseCpr(x); }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (x) => { parseCpr(x); }), { numRuns: 1000 });
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { copenhagenDate, copenhagenDayEnd, copenhagenDayStart } from './time.js';

describe('Copenhagen day boundaries', () => {
  it('a winter day starts at 23:00 UTC the day before, a summer day at 22:00', () => {
    assert.equal(copenhagenDayStart('2026-01-12').toISOString(), '2026-01-11T23:00:00.000Z');
    assert.equal(copenhagenDayStart('2026-07-01').toISOString(), '2026-06-30T22:00:00.000Z');
  });
  it('the DST days are 23 and 25 hours long', () => {
    assert.equal(copenhagenDayEnd('2026-03-29').getTime() - copenhagenDayStart('2026-03-29').getTime(), 23 * 3600_000);
    assert.equal(copenhagenDayEnd('2026-10-25').getTime() - copenhagenDayStart('2026-10-25').getTime(), 25 * 3600_000);
    assert.equal(copenhagenDayEnd('2026-12-31').toISOString(), '2026-12-31T23:00:00.000Z');
  });
  it('just after local midnight is already the next day in Copenhagen, though still the day before in UTC', () => {
    assert.equal(copenhagenDate(new Date('2026-01-11T23:30:00Z')), '2026-01-12');
    assert.equal(copenhagenDate(new Date('2026-07-01T21:59:59Z')), '2026-07-01');
    assert.equal(copenhagenDate(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
  });
});

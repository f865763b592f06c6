import assert from 'node:assert/strict';
import { it } from 'node:test';
import { copenhagenDay, formatDate, formatDateTime, formatShortDate } from './format.js';
import { localDateValue } from '../modules/intake/time.js';

it('dates read as Danes write them, in Copenhagen time, never as ISO strings', () => {
  assert.equal(formatDate('2026-12-01'), '1. december 2026');
  assert.equal(formatShortDate('2026-12-03'), '03.12.2026');
  // 23:30 UTC on 1 December is already 2 December in Copenhagen.
  assert.equal(formatDate('2026-12-01T23:30:00Z'), '2. december 2026');
  assert.equal(formatDateTime('2026-07-01T13:05:00Z'), '1. juli 2026 kl. 15.05');
  // A calendar day is that day wherever the browser is.
  assert.equal(formatDate('2026-03-29'), '29. marts 2026');
  assert.equal(formatDate(null), '—');
});

it("a form's default day is Copenhagen's: just after midnight there, a UTC browser still offers today, not yesterday", () => {
  assert.equal(copenhagenDay(new Date('2026-12-01T23:30:00Z')), '2026-12-02');
  assert.equal(copenhagenDay(new Date('2026-07-01T21:59:00Z')), '2026-07-01');
  assert.equal(copenhagenDay(new Date('2026-07-01T22:00:00Z')), '2026-07-02', 'summer time: UTC+2');
  assert.equal(localDateValue(new Date('2026-12-01T23:30:00Z')), '2026-12-02', 'what the forms use');
});

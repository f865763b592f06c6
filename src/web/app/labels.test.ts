import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import * as shared from '../../server/shared/labels.js';
import * as risk from '../../server/modules/risk/risk.codes.js';
import { JOURNAL_TYPE_LABELS } from '../modules/cases/casesApi.js';
import * as web from './labels.js';
import { ROLE_LABELS } from './roles.js';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
const sources = walk('src/web').filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));

/** Every label map there is, with the one file allowed to spell it. */
const maps: { name: string; labels: Record<string, string>; home: string | null }[] = [
  ...Object.entries(shared).filter(([n]) => n.endsWith('_LABELS')).map(([name, labels]) => ({ name, labels: labels as Record<string, string>, home: null })),
  ...Object.entries(risk).filter(([n]) => n.endsWith('_LABELS')).map(([name, labels]) => ({ name, labels: labels as Record<string, string>, home: null })),
  { name: 'JOURNAL_TYPE_LABELS', labels: JOURNAL_TYPE_LABELS, home: path.join('src/web/modules/cases/casesApi.ts') },
];

it('the web takes its labels from the one source: the server\'s shared labels, and its roles from the server', () => {
  for (const [name, labels] of Object.entries(shared)) if (name.endsWith('_LABELS')) assert.equal((web as Record<string, unknown>)[name], labels, name);
  assert.equal(ROLE_LABELS, shared.ROLE_LABELS);
  assert.ok(maps.length >= 15, `found ${maps.length} label maps`);
});

/**
 * No web file spells a code list's label again: an object entry `CODE: '…'` (or `"CODE": "…"`) for a code of any
 * label map is a copy, unless it is in the map's own home. A copy of a label is how five role names came to disagree.
 */
it('no web source defines a code list\'s labels again', () => {
  const copies: string[] = [];
  for (const file of sources) {
    const text = readFileSync(file, 'utf8');
    for (const m of maps) {
      if (m.home === file) continue;
      for (const [code, text_] of Object.entries(m.labels)) {
        const entry = new RegExp(`(^\\s*|[{,]\\s*)['"]?${code}['"]?\\s*:\\s*['"\`]`, 'm');
        if (entry.test(text)) copies.push(`${file}: ${m.name}.${code}`);
        // The label itself as a quoted literal next to a code is a copy too, e.g. [['HOEJ', 'Høj']].
        if (new RegExp(`['"]${code}['"]\\s*,\\s*['"]${text_.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(text)) copies.push(`${file}: ${m.name}.${code} (pair)`);
      }
    }
  }
  assert.deepEqual([...new Set(copies)], []);
});

it('the check finds a copy when there is one', () => {
  const code = 'MULIG_GERNINGSPERSON';
  const entry = new RegExp(`(^\\s*|[{,]\\s*)['"]?${code}['"]?\\s*:\\s*['"\`]`, 'm');
  assert.ok(entry.test("const X = {\n  MULIG_GERNINGSPERSON: 'Gerningsmand',\n};"));
  assert.ok(!entry.test('label(PERSON_ROLE_LABELS, MULIG_GERNINGSPERSON)'));
});

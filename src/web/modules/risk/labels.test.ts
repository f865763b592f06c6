import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import * as codes from '../../../server/modules/risk/risk.codes.js';
import { RISK_LEVEL_LABELS as caseRiskLevels } from '../../app/labels.js';
import * as labels from './labels.js';

/** The risk labels have one definition (server risk.codes.ts, also printed in the PDF): no page keeps a copy. */
it('the web uses the one definition of the risk labels, and no web source spells them out again', () => {
  assert.equal(labels.RISK_LEVEL_LABELS, codes.RISK_LEVEL_LABELS);
  assert.equal(caseRiskLevels, codes.RISK_LEVEL_LABELS, "the case pages' risk levels are the risk module's");
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
  const copies = walk('src/web')
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
    .filter((f) => /MODERAT:\s*'|AKUT:\s*'|FORAELDER_VAERGE:\s*'Forælder\/værge'|VOLDSALARM:\s*'/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(copies, []);
});

import type { CompareRow } from '../../app/StaleConflict';
import type { AssessmentContent } from './riskApi';

const PARTS: Record<string, string> = {
  background: 'Baggrund', factors: 'Faktor', scenarios: 'Scenarie', conclusions: 'Konklusioner', recommendations: 'Anbefaling',
  perpetrators: 'Mulig gerningsperson', otherConsiderations: 'Andet forhold',
};
const FIELDS: Record<string, string> = {
  sources: 'kilder', persons: 'personer', familyStructure: 'familiestruktur', latestIncident: 'seneste hændelse', earlierProblems: 'tidligere problemer',
  now: 'nu', past: 'tidligere', rationale: 'begrundelse', title: 'overskrift', level: 'vurdering', description: 'beskrivelse', label: 'betegnelse',
  seriousViolence: 'risiko for alvorlig vold', imminent: 'overhængende', likelyVictims: 'sandsynligt offer', otherRisks: 'andre risici', measures: 'foranstaltning', text: 'tekst',
};

/** Leaves of a draft as `path → text`; ids are bookkeeping, not content. */
function leaves(v: unknown, path: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (v === null || v === undefined) return out;
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, String(i)], out));
  else if (typeof v === 'object') for (const [k, x] of Object.entries(v)) { if (k !== 'id' && k !== 'personId') leaves(x, [...path, k], out); }
  else out.set(path.join('.'), String(v));
  return out;
}

const labelOf = (path: string) =>
  path.split('.').map((seg, i) => (i === 0 ? (PARTS[seg] ?? seg) : /^\d+$/.test(seg) ? String(Number(seg) + 1) : (FIELDS[seg] ?? seg))).join(' ');

/** Where the user's draft and the one saved now differ, field by field, in words. */
export function contentDifferences(mine: AssessmentContent, theirs: AssessmentContent): CompareRow[] {
  const a = leaves(mine);
  const b = leaves(theirs);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((k) => (a.get(k) ?? '') !== (b.get(k) ?? ''))
    .map((k) => ({ label: labelOf(k), mine: a.get(k) ?? '', theirs: b.get(k) ?? '' }));
}

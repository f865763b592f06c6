import type { ErrorDetail } from '../../platform/http/errors.js';
import { factorCodes, type Instrument } from './risk.instrument.js';
import type { AssessmentContent } from './risk.schemas.js';

/** Pure rules about an assessment's content: the empty form, what signing needs, and what changed. */
export function emptyContent(inst: Instrument): AssessmentContent {
  return {
    background: { sources: '', persons: '', familyStructure: '', latestIncident: '', earlierProblems: '' },
    perpetrators: [],
    factors: Object.fromEntries(factorCodes(inst).map((c) => [c, { now: null, past: null, rationale: '', sources: '' }])),
    otherConsiderations: [],
    scenarios: [],
    conclusions: { seriousViolence: null, imminent: null, likelyVictims: [], otherRisks: '', rationale: '' },
    recommendations: [],
  };
}

/** Codes must belong to the instrument the assessment was started with. */
export function structuralProblems(inst: Instrument, content: AssessmentContent): ErrorDetail[] {
  const known = new Set(factorCodes(inst));
  const parts = new Set(inst.parts.map((p) => p.code));
  const problems: ErrorDetail[] = [];
  for (const code of Object.keys(content.factors)) {
    if (!known.has(code)) problems.push({ path: `body.content.factors.${code}`, message: 'Faktoren findes ikke i instrumentet.' });
  }
  content.otherConsiderations.forEach((o, i) => {
    if (!parts.has(o.partCode)) problems.push({ path: `body.content.otherConsiderations.${i}.partCode`, message: 'Delen findes ikke i instrumentet.' });
  });
  return problems;
}

/** What must be in place before the assessor can sign: every factor rated now and in the past, the conclusions. */
export function completenessProblems(inst: Instrument, content: AssessmentContent): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const code of factorCodes(inst)) {
    const f = content.factors[code];
    if (!f?.now) problems.push({ path: `content.factors.${code}.now`, message: `${code}: vurdering nu mangler.` });
    if (!f?.past) problems.push({ path: `content.factors.${code}.past`, message: `${code}: vurdering tidligere mangler.` });
  }
  const empty = (path: string, message: string) => problems.push({ path, message });
  content.perpetrators.forEach((p, i) => p.description || empty(`content.perpetrators.${i}.description`, `Mulig gerningsperson ${i + 1} mangler en beskrivelse.`));
  content.conclusions.likelyVictims.forEach((p, i) => p.description || empty(`content.conclusions.likelyVictims.${i}.description`, `Sandsynligt offer ${i + 1} mangler en beskrivelse.`));
  content.otherConsiderations.forEach((o, i) => o.label || empty(`content.otherConsiderations.${i}.label`, `Andet forhold ${i + 1} mangler en betegnelse.`));
  content.recommendations.forEach((r, i) => r.text || empty(`content.recommendations.${i}.text`, `Anbefaling ${i + 1} er tom.`));
  content.scenarios.forEach((s, i) => {
    if (!s.title) empty(`content.scenarios.${i}.title`, `Scenarie ${i + 1} mangler en overskrift.`);
    s.measures.forEach((m, j) => m.text || empty(`content.scenarios.${i}.measures.${j}.text`, `Scenarie ${i + 1}: foranstaltning ${j + 1} er tom.`));
    if (!s.level) problems.push({ path: `content.scenarios.${i}.level`, message: `Scenarie ${i + 1} mangler en vurdering (lav, moderat eller høj).` });
  });
  if (!content.conclusions.seriousViolence) problems.push({ path: 'content.conclusions.seriousViolence', message: 'Risiko for alvorlig vold mangler.' });
  if (content.conclusions.imminent === null) problems.push({ path: 'content.conclusions.imminent', message: 'Angiv om risikoen er overhængende.' });
  return problems;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown[]): v is { id: string }[] => v.every((x) => isObject(x) && typeof x.id === 'string');

/**
 * Field paths whose value differs between two contents. Lists of items with ids are compared item by item
 * (`scenarios.<id>`), so a re-assessment can mark exactly what was changed since the last one.
 */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => changedPaths(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (Array.isArray(before) && Array.isArray(after) && hasIds(before) && hasIds(after)) {
    const old = new Map(before.map((x) => [x.id, x]));
    const out = after.filter((x) => JSON.stringify(old.get(x.id)) !== JSON.stringify(x)).map((x) => `${prefix}.${x.id}`);
    const removed = before.some((x) => !after.find((y) => y.id === x.id));
    return removed ? [...out, prefix] : out;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

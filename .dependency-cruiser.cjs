/**
 * The module graph of the server (src/server, src/cli), checked by `npm test` (test/run.mjs runs
 * `depcruise --config .dependency-cruiser.cjs src/server src/cli`). Tests and the web app are not under these
 * rules (the web imports server schemas and labels on purpose; tests reach anything they must assert on).
 *
 * The layers, bottom to top. A file may import its own layer's folder and anything BELOW it, never above:
 *
 *   config, platform      settings; HTTP, database, crypto, audit chain, access policy. Knows no module.
 *   shared                the kernel every module uses (Svc/tx helper, field schemas, code lists, labels, dates,
 *                         WorkItem). No domain logic, imports only platform.
 *   modules/<name>        ordered in MODULE_LAYERS below: a module imports only modules listed before it.
 *   top                   app.ts, main.ts, startup.ts, audit.catalogue.ts, case-file.wiring.ts, demo/, *.demo.ts seeders, src/cli:
 *                         they wire modules together and may import any of them.
 *
 * Audit catalogue (one way): modules declare events with platform's `defineAuditEvents`; the catalogue above
 * them (src/server/audit.catalogue.ts) gathers them, augments platform's `AuditCatalogue` type and registers
 * the values at load. Platform never imports the catalogue or a module.
 */
const MODULE_LAYERS = [
  'auth', // users, sessions, MFA, login throttling
  'identity', // accounts, me, admin, SSO: uses auth, never the other way
  'directory', // public reference data and the partner directory
  'knowledge', // the knowledge base: articles and action cards
  'preparedness', // the municipal preparedness plans
  // The case and inquiry records and the one gate to them: tables, caseScope/requireCaseInScope, consent-scoped
  // involvement, the citizen's identity, the work-queue scope, the path parameters. Every case-file module
  // builds on it; it knows none of them.
  'case-core',
  // The case file, one module per layer, each calling only those before it (no module-level cycle):
  'journal', // the timeline every change writes to
  'consent', // consents and legal bases; they decide who is involved
  'intake', // inquiries, opened with their consent
  'cases', // the case: opening, persons, handover, closing (asks the steps above it through cases.ports.ts)
  'case-access', // participants and exclusions
  'child-voice', // the child's own account
  'actors', // the authorities and organisations of a case, with their sharing basis
  'actions', // the task and measure records "Gør til" writes
  'safety', // the safety plan and the measures register (reads assessments through measures.assessments.ts)
  'tasks', // tasks and who gathers what (reads an assessment's factors through tasks.gathering.ts)
  'followup', // risk-paced follow-up
  'risk', // screening and assessment; signing schedules the follow-up, "Gør til" proposes a measure or a task
  'travel', // trips, the authority log, the return watch
  'closure', // what blocks a closing, and the closing evaluation
  'reminders', // mail and the job runner
  'work', // the work queue: gathers every module's work items
  // A lower module that needs one above it declares a port (cases.ports.ts, measures.assessments.ts,
  // tasks.gathering.ts) and src/server/case-file.wiring.ts (top) fills it at load, as the audit catalogue does.
  'audit', // the auditor's pages: read anything, written by nobody
  'statistics', // national figures: aggregates over inquiries, cases and measures, suppressed
  'ops', // backup, restore, retention, the column registry: operator work over every table
];

const layerOf = (name) => MODULE_LAYERS.findIndex((l) => (Array.isArray(l) ? l.includes(name) : l === name));
const namesOf = (l) => (Array.isArray(l) ? l : [l]);
const TOP = '^src/server/(app|main|startup|audit\\.catalogue|case-file\\.wiring)\\.ts$|^src/server/demo/|\\.demo\\.ts$|^src/cli/';

/** For each layer: its modules may not import a module of a later layer. */
const layerRules = MODULE_LAYERS.map((layer, i) => {
  const above = MODULE_LAYERS.slice(i + 1).flatMap(namesOf);
  if (!above.length) return null;
  return {
    name: `layer-${namesOf(layer).join('+')}`,
    comment: `${namesOf(layer).join(', ')} may not import ${above.join(', ')} (a later layer): call down, never up`,
    severity: 'error',
    from: { path: `^src/server/modules/(${namesOf(layer).join('|')})/`, pathNot: TOP },
    to: { path: `^src/server/modules/(${above.join('|')})/` },
  };
}).filter(Boolean);

// Sanity: every module folder must be placed in a layer (a new module that is not listed fails here).
const fs = require('node:fs');
for (const dir of fs.readdirSync(`${__dirname}/src/server/modules`)) {
  if (layerOf(dir) < 0) throw new Error(`.dependency-cruiser.cjs: module ${dir} is in no layer of MODULE_LAYERS`);
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles between files.',
      severity: 'error',
      from: { pathNot: '\\.test\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'Platform and config are below everything: no module, no shared kernel, not app.ts or the catalogue.',
      severity: 'error',
      from: { path: '^src/server/(platform|config)/' },
      to: { path: '^src/server/(modules|shared|demo)/|^src/server/(app|audit\\.catalogue|case-file\\.wiring|startup|main)\\.ts$' },
    },
    {
      name: 'shared-is-a-kernel',
      comment: 'The shared kernel imports only platform (and itself): no domain module, no app wiring.',
      severity: 'error',
      from: { path: '^src/server/shared/' },
      to: { path: '^src/server/(modules|demo)/|^src/server/(app|audit\\.catalogue|case-file\\.wiring|startup|main)\\.ts$' },
    },
    {
      name: 'modules-not-to-top',
      comment: 'A module never imports app.ts, the catalogue, main/startup or the demo runner (they import modules).',
      severity: 'error',
      from: { path: '^src/server/modules/', pathNot: TOP },
      to: { path: '^src/server/(app|audit\\.catalogue|case-file\\.wiring|startup|main)\\.ts$|^src/server/demo/' },
    },
    {
      name: 'no-foreign-repository',
      comment: "Modules call each other's services, never each other's repositories (SQL stays behind its module).",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: TOP },
      to: { path: '^src/server/modules/([^/]+)/.*\\.repository\\.ts$', pathNot: '^src/server/modules/$1/' },
    },
    {
      name: 'system-db-for-operators-only',
      comment: 'Unscoped access (platform/db/system.ts) is for migrations, start-up jobs, background jobs (*.jobs.ts), the CLI and the demo seeders; the scope gates mint from it.',
      severity: 'error',
      from: { pathNot: `${TOP}|^src/server/platform/db/|^src/server/modules/case-core/(cases|intake)\\.scope\\.ts$|\\.jobs\\.ts$|\\.test\\.ts$` },
      to: { path: '^src/server/platform/db/system\\.ts$' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|(^|/)test/|\\.fixtures\\.ts$|\\.testkit\\.ts$|\\.typecheck\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    // TypeScript 7 has no JavaScript compiler API, so swc parses (devDependency @swc/core).
    parser: 'swc',
  },
};

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gt, sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { ENGINES } from '../support/db.js';
import type { Engine } from '../../src/server/platform/db/client.js';
import { createUser, loginAs, startTestApp, type Client, type TestApp } from '../support/app.js';
import { createCaseRow, excludeUser } from '../support/factories.js';
import { auditHead } from '../support/audit.js';
import { startOidcProvider } from '../support/oidc.js';
import { queryRows } from '../../src/server/platform/db/client.js';
import { auditEvents } from '../../src/server/platform/audit/audit.tables.js';
import { ROLES, type Role } from '../../src/server/platform/access/actor.js';
import { GRANTS, type Permission } from '../../src/server/platform/access/policy.js';
import { ENTRIES } from './routes/index.js';
import { auditProblems, declarationProblems } from './audits.js';
import { expectedStatus, SCOPES, WHO, type AuthzEnv, type MatrixUser, type RouteEntry, type Scope, type Who } from './format.js';

/**
 * Issue 3 item 8: every route registered on the server × every role (and no session) × in scope / out of scope /
 * excluded for case-scoped routes. Asserts the status and that a refusal changed nothing: no row count moves
 * and the only audit rows it may leave are access.denied (or auth.login_failed). See README.md.
 */
const key = (method: string, url: string) => `${method} ${url}`;
// Refusals may leave exactly these audit rows behind, nothing else.
const DENIAL_EVENTS = new Set(['access.denied', 'auth.login_failed']);

function missingEntryMessage(method: string, url: string, permission: string | null, isPublic: boolean) {
  const caseScoped = /^\/api\/cases\/:id(\/|$)/.test(url);
  const expectLine = isPublic
    ? `expect: { anonymous: 200, others: 200 }`
    : caseScoped
      ? `expect: { inScope: { consultant: 200, caseworker: 200, admin: 200 } }`
      : `expect: { ${(permission ? ROLES.filter((r) => GRANTS[r].includes(permission as Permission)) : ROLES).map((r) => `${r}: 200`).join(', ')} }`;
  return [
    `Route ${method} ${url} has no entry in the authorization matrix.`,
    `Add to test/authz/routes/<module>.ts (format: test/authz/README.md), and list the file in test/authz/routes/index.ts:`,
    `  { method: '${method}', path: '${url}',${caseScoped ? ' caseScoped: true,' : ''}${/:/.test(url) ? ` url: (e) => \`${url.replace(':id', '${e.caseId}')}\`,` : ''}${method === 'GET' ? '' : ' body: (e) => ({ … }),'} ${expectLine}${method === 'GET' ? '' : `, mutates: ['<table>']`} },`,
  ].join('\n');
}

/**
 * The matrix on one engine. Each engine has its own test file (matrix.pglite.test.ts, matrix.postgres.test.ts) so
 * the runner runs the two side by side: the matrix is the longest file of the suite.
 */
export const matrixOn = (engine: Engine) => describe(`authorization matrix [${engine}]`, { skip: !ENGINES.includes(engine) }, () => {
  let t: TestApp;
  let webDir: string;
  const users = {} as Record<Role, MatrixUser>;
  let target: MatrixUser;
  const clients = {} as Record<Role, Client>;
  let tables: string[] = [];
  let idp: Awaited<ReturnType<typeof startOidcProvider>>;

  before(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'skjold-authz-web-'));
    mkdirSync(webDir, { recursive: true });
    writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html lang="da"><head><title>Skjold</title></head><body></body></html>');
    t = await startTestApp(engine, { WEB_DIST_DIR: webDir });
    // SSO on, against a real provider: the SSO routes then answer as in production, not as disabled.
    idp = await startOidcProvider('http://skjold.test');
    Object.assign(t.ctx.config, idp.config);
    for (const role of ROLES) {
      const u = await createUser(t.ctx, {
        role,
        municipalityCode: role === 'caseworker' || role === 'municipal_team' ? '165' : null,
        region: role === 'consultant' ? 'Region Hovedstaden' : null,
      });
      users[role] = { id: u.id, username: u.username };
      clients[role] = await loginAs(t.app, u.username);
    }
    const other = await createUser(t.ctx, { role: 'consultant', region: 'Region Nordjylland' });
    target = { id: other.id, username: other.username };
    const rows = await queryRows<{ name: string }>(
      t.ctx.db,
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    // Not domain state: the audit trail is checked row by row below, and rate-limit buckets count every request
    // (a refusal included) by design, so a bucket moving is not a refusal changing anything.
    tables = rows.map((r) => r.name).filter((n) => n !== 'audit_events' && n !== 'rate_limit_buckets');
  });
  after(async () => {
    await t.close();
    await idp?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  async function counts(): Promise<Record<string, number>> {
    const union = tables.map((n) => `SELECT '${n}' AS name, count(*)::int AS n FROM "${n}"`).join(' UNION ALL ');
    const rows = await queryRows<{ name: string; n: number }>(t.ctx.db, sql.raw(union));
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }

  /** A fresh case per run: in scope of every case-work role, direct advice only, out of every scope, or with the caller excluded. */
  async function caseFor(scope: Scope, who: Who): Promise<string> {
    if (scope === 'outOfScope') return (await createCaseRow(t.ctx, { municipalityCode: '851' })).id;
    const c = await createCaseRow(t.ctx, {
      municipalityCode: '165',
      basis: scope === 'directAdviceOnly' ? 'DIREKTE_RAADGIVNING' : 'SAGSSPARRING',
      participants: [
        { userId: users.caseworker.id, role: 'RESPONSIBLE_CASEWORKER' },
        { userId: users.admin.id, role: 'OTHER' },
      ],
    });
    if (scope === 'excluded' && who !== 'anonymous') await excludeUser(t.ctx, c.id, users[who].id);
    return c.id;
  }

  it('has exactly one entry for every registered route', () => {
    const registered = new Map(t.app.routeTable.map((r) => [key(r.method, r.url), r]));
    const declared = new Set(ENTRIES.map((e) => key(e.method, e.path)));
    const problems: string[] = [];
    for (const [k, r] of registered) if (!declared.has(k)) problems.push(missingEntryMessage(r.method, r.url, r.permission, r.public));
    for (const k of declared) if (!registered.has(k)) problems.push(`Matrix entry ${k} matches no registered route: fix its path or remove it.`);
    const seen = new Set<string>();
    for (const e of ENTRIES) {
      const k = key(e.method, e.path);
      if (seen.has(k)) problems.push(`Route ${k} has more than one matrix entry.`);
      seen.add(k);
    }
    problems.push(...declarationProblems(ENTRIES, new Set(registered.keys())));
    assert.ok(registered.size > 10, 'the route table is read from the router');
    assert.equal(problems.length, 0, `\n${problems.join('\n\n')}\n`);
  });

  it('answers every route × role × scope as declared, and a refusal changes nothing', async () => {
    const failures: string[] = [];
    let runs = 0;
    for (const entry of ENTRIES) {
      for (const scope of entry.caseScoped ? SCOPES : [null]) {
        for (const who of WHO) {
          const caseId = scope ? await caseFor(scope, who) : '';
          const env: AuthzEnv = { ctx: t.ctx, users, target, who, caseId, scope, ids: {} };
          env.ids = entry.setup ? await entry.setup(env) : {};
          const url = entry.url ? entry.url(env) : entry.path.replace(':id', caseId);
          const opts: InjectOptions = { method: entry.method, url };
          if (entry.body) opts.payload = entry.body(env) as InjectOptions['payload'];
          if (entry.headers) opts.headers = entry.headers(env);
          const send =
            who === 'anonymous'
              ? (o: InjectOptions) => t.app.inject(o)
              : entry.freshSession
                ? (await loginAs(t.app, users[who].username)).request
                : clients[who].request;

          const countsBefore = await counts();
          const seqBefore = await auditHead(t.ctx);
          const res = await send(opts);
          runs += 1;
          const label = `${entry.method} ${url} as ${who}${scope ? ` (${scope})` : ''}`;
          const want = expectedStatus(entry, who, scope);
          if (res.statusCode !== want) failures.push(`${label}: expected ${want}, got ${res.statusCode} ${res.body.slice(0, 160)}`);

          const countsAfter = await counts();
          const auditRows = await t.ctx.db
            .select({ eventType: auditEvents.eventType, actorUserId: auditEvents.actorUserId, subjectId: auditEvents.subjectId, caseId: auditEvents.caseId, details: auditEvents.details })
            .from(auditEvents)
            .where(gt(auditEvents.seq, seqBefore));
          const newAudit = auditRows.map((r) => r.eventType);
          // A redirect is an answer, not a refusal (SSO start sends the browser to the provider).
          const ok = res.statusCode < 400;
          const allowed = new Set(ok ? entry.mutates ?? [] : entry.refusalMutates ?? []);
          for (const table of tables) {
            if (countsBefore[table] !== countsAfter[table] && !allowed.has(table)) {
              failures.push(`${label}: ${res.statusCode} changed ${table} (${countsBefore[table]} → ${countsAfter[table]})`);
            }
          }
          // Audit completeness: a successful use of personal data leaves exactly the declared rows.
          if (res.statusCode >= 200 && res.statusCode < 300) {
            for (const p of auditProblems(entry, env, url, auditRows)) failures.push(`${label}: ${p}`);
          }
          if (!ok) {
            const stray = newAudit.filter((type) => !DENIAL_EVENTS.has(type));
            if (stray.length) failures.push(`${label}: refused (${res.statusCode}) but logged ${stray.join(', ')}`);
            if (res.statusCode === 404 && who !== 'anonymous' && url.startsWith('/api/') && !newAudit.includes('access.denied')) {
              failures.push(`${label}: refused with 404 but no access.denied was logged`);
            }
          }
          if (entry.teardown) await entry.teardown(env);
          // Routes that end sessions may have ended the shared one too (log out everywhere).
          if (entry.freshSession && who !== 'anonymous') clients[who] = await loginAs(t.app, users[who].username);
        }
      }
    }
    assert.ok(runs >= ENTRIES.length * WHO.length);
    assert.deepEqual(failures, [], `\n${failures.join('\n')}\n`);
  });
});

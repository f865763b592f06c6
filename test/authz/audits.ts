import { AUDIT_EVENTS, type AuditEventType } from '../../src/server/audit.catalogue.js';
import type { AuditDetails } from '../../src/server/platform/audit/audit.tables.js';
import type { AuthzEnv, RouteEntry } from './format.js';

/**
 * Audit completeness (issue 3 item 8): what a SUCCESSFUL run of each route must leave in the audit trail.
 * Every route declares `audits` on its entry, or is listed here as touching no personal data, with the reason.
 * Routes listed here are checked too: a 2xx of theirs must leave no audit row at all.
 */
export const NO_PERSONAL_DATA: Record<string, string> = {
  'GET /healthz': 'liveness only',
  'GET /api/openapi.json': 'the API description, no data',
  'GET /': 'the web app shell, no data',
  'GET /*': 'the web app shell, no data',
  'GET /index.html': 'the web app shell, no data',
  'GET /api/directory/municipalities': 'public directory of municipalities',
  'GET /api/directory/municipalities/:code': 'public directory of one municipality',
  'GET /api/directory/actors': 'public directory of consultants and contact points (published on purpose)',
  'GET /api/auth/oidc': 'whether SSO is on: configuration only',
  'GET /api/auth/oidc/start': 'a redirect to the provider, before anyone is known',
  'GET /api/auth/oidc/callback': 'never 2xx: success and refusal both redirect (refusal logs identity.sso_login_refused)',
  'GET /api/me': 'the caller\'s own profile, no data subject',
  'GET /api/me/sessions': 'the caller\'s own sessions',
  'GET /api/me/mfa': 'the caller\'s own MFA status',
  'POST /api/me/mfa/enrolment': 'a pending secret for the caller\'s own account; confirming it is audited',
  'GET /api/risk/instruments': 'the questionnaires (PATRIARK, screening), no case data',
  'GET /api/admin/scopes': 'the regions and municipalities a user can be given, no person',
  'GET /api/audit/event-types': 'the audit catalogue (event types and labels), no rows',
  'GET /api/audit/verify': 'the hash chain\'s verdict (ok or the first broken seq), no row content',
  'GET /api/cases/caseworker-options': 'colleagues\' display names for the responsible-caseworker picker; no data subject',
  'GET /api/actor-directory': 'published work contacts of public functions and the municipality\'s departments; no case, no person',
  'GET /api/measure-guidance': 'one line of guidance per measure type and the directory\'s published numbers; no case, no person',
  'GET /api/public/consultants': 'the citizen page: a region\'s published work numbers; the query is not even logged',
  'GET /api/municipalities/:code/preparedness-plan': 'the municipality\'s own organisation and staff work contacts, no citizen',
  'GET /api/preparedness/overview': 'dates of every municipality\'s plan, no content, no person',
  'GET /api/admin/directory': 'the partner directory: published work numbers of public functions',
  'GET /api/directory/consultants/suggest': 'which published consultant numbers fit a municipality and concern; no case, no person',
  'GET /api/knowledge': 'published knowledge articles, no person',
  'GET /api/knowledge/:slug': 'one published knowledge article, no person',
  'GET /api/cases/:id/access-candidates': 'colleagues of the case\'s municipality/region; nothing about the case or its citizen',
};

/** Result counters: a list read needs more than these to say what was looked for. */
const COUNTERS = new Set(['count', 'results', 'entries', 'total', 'page', 'pageSize', 'limit', 'offset']);

export interface AuditRow {
  eventType: string;
  actorUserId: string | null;
  subjectId: string | null;
  caseId: string | null;
  details: AuditDetails;
}

const routeKey = (e: RouteEntry) => `${e.method} ${e.path}`;

/** Declaration problems: a route with neither `audits` nor a reason here, both, an empty list, or a stale reason. */
export function declarationProblems(entries: RouteEntry[], registered: Set<string>): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    const k = routeKey(e);
    const exempt = k in NO_PERSONAL_DATA;
    if (!e.audits && !exempt) {
      problems.push(
        `Route ${k} declares no audits. Add to its matrix entry the audit rows a successful call leaves, e.g. ` +
          `audits: ['case.read'] (event types: src/server/audit.catalogue.ts); if it touches no personal ` +
          `data, list it in NO_PERSONAL_DATA in test/authz/audits.ts with the reason.`,
      );
    }
    if (e.audits && exempt) problems.push(`Route ${k} declares audits and is listed in NO_PERSONAL_DATA: keep one.`);
    if (e.audits && e.audits.length === 0) {
      problems.push(`Route ${k} declares audits: []: list it in NO_PERSONAL_DATA (test/authz/audits.ts) with the reason instead.`);
    }
  }
  for (const k of Object.keys(NO_PERSONAL_DATA)) {
    if (!registered.has(k)) problems.push(`NO_PERSONAL_DATA lists ${k}, which matches no registered route.`);
  }
  return problems;
}

/**
 * The audit rows of one 2xx run against the entry's declaration: exactly that multiset of event types; on a
 * case-scoped route each row names the run's case (the purpose); each row names the caller as actor; a read or search row names its subject, or,
 * for a list without one, the criteria it was run with (each query parameter of the request, at least one).
 */
export function auditProblems(entry: RouteEntry, env: AuthzEnv, url: string, rows: AuditRow[]): string[] {
  const want = [...(entry.audits ?? [])].sort();
  const got = rows.map((r) => r.eventType).sort();
  const problems: string[] = [];
  if (want.join(',') !== got.join(',')) problems.push(`logged [${got.join(', ')}], declared [${want.join(', ')}]`);
  const query = [...new URL(url, 'http://x').searchParams.keys()].filter((k) => !COUNTERS.has(k));
  const caller = env.who === 'anonymous' ? null : env.users[env.who].id;
  for (const r of rows) {
    if (r.actorUserId !== caller) problems.push(`${r.eventType} names actor ${r.actorUserId ?? 'none'}, not the caller`);
    if (entry.caseScoped && r.caseId !== env.caseId) problems.push(`${r.eventType} carries case ${r.caseId ?? 'none'}, not the run's case`);
    const use = (AUDIT_EVENTS as Record<string, { use: string }>)[r.eventType]?.use;
    if ((use === 'read' || use === 'search' || use === 'export') && r.subjectId === null) {
      const keys = Object.keys(r.details ?? {});
      const missing = query.filter((k) => !keys.includes(k));
      if (missing.length) problems.push(`${r.eventType} has no subject and leaves out the criteria ${missing.join(', ')}`);
      if (!keys.some((k) => !COUNTERS.has(k))) problems.push(`${r.eventType} has no subject and no search criterion`);
    }
  }
  return problems;
}

export type { AuditEventType };

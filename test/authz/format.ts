import type { AppContext } from '../../src/server/platform/app-context.js';
import { ROLES, type Role } from '../../src/server/platform/access/actor.js';
import type { AuditEventType } from '../../src/server/audit.catalogue.js';

/**
 * The declarative format of the authorization matrix (see README.md). One entry per registered route, kept
 * per module in routes/<module>.ts.
 */
export const WHO = [...ROLES, 'anonymous'] as const;
export type Who = (typeof WHO)[number];
/**
 * `inScope`: the case's consent covers KONKRET_SAGSSPARRING (the municipality is involved). The consent dimension
 * (issue 9): `directAdviceOnly` is the same case, same participants, whose only consent is DIREKTE_RAADGIVNING, so
 * it is the consultant's alone (DOMAIN.md § 11.1). Unless an entry says otherwise, it expects what `inScope` does,
 * except that the municipal caseworker gets the 404 of a case that does not exist.
 */
export type Scope = 'inScope' | 'directAdviceOnly' | 'outOfScope' | 'excluded';
export const SCOPES: Scope[] = ['inScope', 'directAdviceOnly', 'outOfScope', 'excluded'];

/** Expected status per caller. Unlisted: `anonymous` → 401, every role → `others` (default 404). */
export type Expect = { [K in Who]?: number } & { others?: number };

export interface MatrixUser {
  id: string;
  username: string;
}

export interface AuthzEnv {
  ctx: AppContext;
  /** One user per role; each is logged in once for the whole matrix. */
  users: Record<Role, MatrixUser>;
  /** An active consultant of another region, never part of any case: a safe target for bodies. */
  target: MatrixUser;
  who: Who;
  /** Case-scoped entries only: a fresh case for this run, in scope / out of scope / with the caller excluded. */
  caseId: string;
  scope: Scope | null;
  /** Whatever the entry's `setup` returned. */
  ids: Record<string, string>;
}

export interface RouteEntry {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Exactly as registered on the router, e.g. `/api/cases/:id/participants`. */
  path: string;
  /** The route is about one case: run it in scope, out of scope and with the caller excluded. */
  caseScoped?: boolean;
  /** Runs before each request (after the case exists); returns extra ids for `url` and `body`. */
  setup?: (env: AuthzEnv) => Promise<Record<string, string>>;
  /** Defaults to `path` with `:id` replaced by the case id. */
  url?: (env: AuthzEnv) => string;
  body?: (env: AuthzEnv) => unknown;
  /** Extra request headers (a multipart upload's content type). */
  headers?: (env: AuthzEnv) => Record<string, string>;
  /** For routes that end the session (logout): log in afresh for each run (and again afterwards, for the shared one). */
  freshSession?: boolean;
  /** Runs after the checks: undoes what must not leak into later runs (a changed password, MFA turned on). */
  teardown?: (env: AuthzEnv) => Promise<void>;
  expect: Expect | { inScope: Expect; directAdviceOnly?: Expect; outOfScope?: Expect; excluded?: Expect };
  /** Tables whose row count may change when the answer is 2xx or 3xx. Denials may change nothing at all. */
  mutates?: string[];
  /**
   * The audit rows every 2xx run must leave, exactly (a multiset of event types, nothing else). Mandatory unless
   * the route is listed in NO_PERSONAL_DATA (audits.ts). See README.md § Audit completeness.
   */
  audits?: AuditEventType[];
  /** Security bookkeeping a refusal must leave (the failed-login counter of the rate limit); nothing else. */
  refusalMutates?: string[];
}

export function expectedStatus(entry: RouteEntry, who: Who, scope: Scope | null): number {
  const e = entry.expect;
  const tables = e as { [k: string]: Expect };
  const caseScoped = 'inScope' in e && typeof e.inScope === 'object';
  const table: Expect = !caseScoped
    ? (e as Expect)
    : scope === 'directAdviceOnly'
      ? tables.directAdviceOnly ?? { ...tables.inScope, caseworker: 404 }
      : tables[scope ?? 'inScope'] ?? {};
  return table[who] ?? (who === 'anonymous' ? 401 : table.others ?? 404);
}

/** The case-work roles, who see a case in their scope. */
export const CASE_ROLES_OK = (status: number): Expect => ({ consultant: status, caseworker: status, admin: status });

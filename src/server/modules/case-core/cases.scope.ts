import { and, eq, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { preparedStatement, queryRows, type Db } from '../../platform/db/client.js';
import { fromJson } from '../../platform/db/json-rows.js';
import type { SystemDb } from '../../platform/db/system.js';
import { recordDenied } from '../../platform/audit/audit.js';
import { deniedNotFound, notFound } from '../../platform/http/errors.js';
import { cases } from './cases.tables.js';
import { municipalInvolvement } from './cases.involvement.js';

/**
 * Which cases an actor may see, as a WHERE condition on `cases`. Every query that touches a case, or anything
 * hanging off one, must include it (join to `cases` and AND this in). The rules are DOMAIN.md § 2:
 *  - excluded from the case → nothing, whatever the role;
 *  - consultant: cases whose responsible municipality lies in their region, plus cases they were added to;
 *  - caseworker: cases of their own municipality that they take part in, and only while the municipality is
 *    involved under the case's consents and legal bases (cases.involvement.ts, DOMAIN.md § 11.1);
 *  - admin: only cases they were explicitly added to;
 *  - everyone else: none (they work with aggregates only).
 *
 * Each rule is an uncorrelated ARRAY(SELECT …) (evaluated once per query, not per case row), so a list can use
 * the case indexes (a bitmap OR of the region's municipalities and the cases the user was added to) instead of
 * filtering every row: the consultant's count over 100 000 cases drops from 83 to 15 ms on PostgreSQL
 * (test/bench/cases-list.bench.ts).
 */
export function caseScope(actor: Actor): SQL {
  return scopeOf(actor.role, { userId: actor.userId, region: actor.region ?? '', municipalityCode: actor.municipalityCode ?? '' });
}

/** The rules themselves, by role, over the actor's values or placeholders for them (the prepared gate below). */
type ScopeValue = string | Placeholder;
function scopeOf(role: Actor['role'], a: { userId: ScopeValue; region: ScopeValue; municipalityCode: ScopeValue }): SQL {
  const notExcluded = sql`${cases.id} <> ALL (ARRAY(SELECT ce.case_id FROM case_exclusions ce WHERE ce.user_id = ${a.userId}))`;
  const participant = sql`${cases.id} = ANY (ARRAY(SELECT cp.case_id FROM case_participants cp WHERE cp.user_id = ${a.userId}))`;
  switch (role) {
    case 'consultant':
      return and(
        notExcluded,
        sql`(${participant} OR ${cases.responsibleMunicipalityCode} = ANY (ARRAY(SELECT m.code FROM municipalities m WHERE m.region = ${a.region})))`,
      )!;
    case 'caseworker':
      return and(notExcluded, participant, eq(cases.responsibleMunicipalityCode, a.municipalityCode), municipalInvolvement())!;
    case 'admin':
      return and(notExcluded, participant)!;
    default:
      return sql`false`;
  }
}

declare const caseInScopeBrand: unique symbol;

/**
 * A case row that has passed the gate for the current actor. Only `requireCaseInScope` (and, for operators,
 * `caseForSystem`) makes one, so a repository function that takes a `CaseInScope` (instead of a bare id)
 * cannot be reached without the gate: code that skipped it does not compile
 * (src/server/modules/case-core/cases.scope.typecheck.ts proves it).
 */
export type CaseInScope = typeof cases.$inferSelect & { readonly [caseInScopeBrand]: true };

/** Why a case was refused, for the DPO only (the caller always gets the same 404). */
export const CASE_REFUSALS = ['not_found', 'excluded', 'outside_area', 'not_participant', 'role'] as const;
export type CaseRefusal = (typeof CASE_REFUSALS)[number];

/** Works out which rule refused: the case's existence, an exclusion, the area, the participation, the role. */
export async function refusalOf(db: Db, actor: Actor, caseId: string): Promise<CaseRefusal> {
  const rows = await queryRows<{ municipality: string; region: string | null; excluded: boolean; participant: boolean }>(db, sql`
    SELECT c.responsible_municipality_code AS municipality, m.region,
           EXISTS (SELECT 1 FROM case_exclusions ce WHERE ce.case_id = c.id AND ce.user_id = ${actor.userId}) AS excluded,
           EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = c.id AND cp.user_id = ${actor.userId}) AS participant
      FROM cases c LEFT JOIN municipalities m ON m.code = c.responsible_municipality_code WHERE c.id = ${caseId}`);
  const c = rows[0];
  if (!c) return 'not_found';
  if (c.excluded) return 'excluded';
  switch (actor.role) {
    case 'auditor':
      return 'excluded'; // the auditor sees every case except those they are excluded from
    case 'consultant':
      return 'outside_area';
    case 'caseworker':
      return c.municipality !== actor.municipalityCode ? 'outside_area' : 'not_participant';
    case 'admin':
      return 'not_participant';
    default:
      return 'role';
  }
}

// The gate's statement, prepared once per database (or transaction) and role (issue 15: every case request
// runs it): the same query as `caseScope(actor)` builds, with the actor's values as placeholders.
const gates = new WeakMap<Db, Map<Actor['role'], ReturnType<typeof prepareGate>>>();
// The scope rules' placeholders in a prepared statement, and the actor's values for them.
const scopePlaceholders = { userId: sql.placeholder('userId'), region: sql.placeholder('region'), municipalityCode: sql.placeholder('municipalityCode') };
const scopeValues = (actor: Actor) => ({ userId: actor.userId, region: actor.region ?? '', municipalityCode: actor.municipalityCode ?? '' });

function prepareGate(db: Db, role: Actor['role']) {
  return db.select().from(cases).where(and(eq(cases.id, sql.placeholder('caseId')), scopeOf(role, scopePlaceholders))).limit(1).prepare(`skjold_case_gate_${role}`);
}
function gateOf(db: Db, role: Actor['role']) {
  let byRole = gates.get(db);
  if (!byRole) gates.set(db, (byRole = new Map()));
  let gate = byRole.get(role);
  if (!gate) byRole.set(role, (gate = prepareGate(db, role)));
  return gate;
}

/**
 * THE gate every case-scoped use case passes first: the case row if the actor may see it, otherwise ONE
 * `access.denied` event (reason `case_scope`, with which rule refused: `scope`), in its own transaction so it
 * survives the failed request, and the same 404 a non-existent case gets. Call it with the root Db before
 * opening the use case's transaction (inside it, `lockCase` takes the row for update).
 */
export async function requireCaseInScope(db: Db, actor: Actor, caseId: string): Promise<CaseInScope> {
  const [row] = await gateOf(db, actor.role).execute({ caseId, ...scopeValues(actor) });
  if (row) return row as CaseInScope;
  await recordDenied(db, actor, { reason: 'case_scope', scope: await refusalOf(db, actor, caseId), caseId });
  throw deniedNotFound();
}

/**
 * The gate folded into a read (issue 15: one round trip for gate, view and audit row): one statement that
 * finds the case in the actor's scope as `g` (the gate's rules), runs the caller's CTEs after it (`with`, e.g.
 * the read's audit INSERT, which may refer to g) and selects `columns`, built from g's columns, beside it.
 * `build` runs once per `name` and role (the statement has placeholders, which `values` fill), and the
 * statement is prepared per connection. Null when the case is not in scope, with nothing logged: the caller
 * takes `requireCaseInScope`, which logs the refusal.
 */
export async function readInScope<T>(
  db: Db, actor: Actor, caseId: string, name: string, values: Record<string, unknown>,
  build: () => { with: SQL; columns: SQL },
) {
  const key = `${name}_${actor.role}`;
  let read = gatedReads.get(key);
  if (!read) {
    gatedReads.set(key, (read = preparedStatement(key, () => {
      const q = build();
      return sql`
      WITH g AS (SELECT * FROM ${cases} WHERE ${cases.id} = ${sql.placeholder('caseId')} AND ${scopeOf(actor.role, scopePlaceholders)} LIMIT 1), ${q.with}
      SELECT to_json(g) AS case_row, ${q.columns} FROM g`;
    })));
  }
  const [r] = (await read(db, { ...values, caseId, ...scopeValues(actor) })) as (T & { case_row: Record<string, unknown> })[];
  return r ? { row: fromJson(cases, r.case_row) as CaseInScope, json: r as T } : null;
}
const gatedReads = new Map<string, ReturnType<typeof preparedStatement>>();

/**
 * Inside the use case's transaction: the gated case again, locked FOR UPDATE, so a write sees the latest
 * row (its version) and concurrent writers queue. Still scoped: a case that left the caller's scope between
 * the gate and the lock is a 404 (logged by the error handler).
 */
export async function lockCase(tx: Db, actor: Actor, c: CaseInScope): Promise<CaseInScope> {
  const [row] = await tx.select().from(cases).where(and(eq(cases.id, c.id), caseScope(actor))).limit(1).for('update');
  if (!row) throw notFound();
  return row as CaseInScope;
}

/**
 * The named unscoped door for operators (start-up jobs, the CLI, demo seeders): a case by id without an
 * actor. It takes a `SystemDb`, which only they may import (rule system-db-for-operators-only).
 */
export async function caseForSystem(db: SystemDb, caseId: string): Promise<CaseInScope | null> {
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  return (row as CaseInScope | undefined) ?? null;
}

/**
 * The case of something the actor already passed a gate for (an inquiry in scope whose case it is: the
 * inquiry scope includes a linked inquiry exactly when its case is in the case scope). No refusal is logged
 * here; null when the case is not in scope.
 */
export async function findCaseInScope(db: Db, actor: Actor, caseId: string): Promise<CaseInScope | null> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, caseId), caseScope(actor))).limit(1);
  return (row as CaseInScope | undefined) ?? null;
}

/** A case the caller has just created is in their scope by construction (they are its participant). */
export const createdCase = (row: typeof cases.$inferSelect) => row as CaseInScope;

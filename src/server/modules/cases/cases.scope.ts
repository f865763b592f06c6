import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordDenied } from '../../platform/audit/audit.js';
import { deniedNotFound } from '../../platform/http/errors.js';
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
 */
export function caseScope(actor: Actor): SQL {
  const notExcluded = sql`NOT EXISTS (SELECT 1 FROM case_exclusions ce WHERE ce.case_id = ${cases.id} AND ce.user_id = ${actor.userId})`;
  const participant = sql`EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = ${cases.id} AND cp.user_id = ${actor.userId})`;
  switch (actor.role) {
    case 'consultant':
      return and(
        notExcluded,
        sql`(${participant} OR ${cases.responsibleMunicipalityCode} IN (SELECT m.code FROM municipalities m WHERE m.region = ${actor.region ?? ''}))`,
      )!;
    case 'caseworker':
      return and(notExcluded, participant, eq(cases.responsibleMunicipalityCode, actor.municipalityCode ?? ''), municipalInvolvement())!;
    case 'admin':
      return and(notExcluded, participant)!;
    default:
      return sql`false`;
  }
}

declare const caseInScopeBrand: unique symbol;

/**
 * A case row that has passed the gate for the current actor. Only `requireCaseInScope` makes one, so a
 * repository function that takes a `CaseInScope` (instead of a bare id) cannot be reached without the gate:
 * code that skipped it does not compile.
 */
export type CaseInScope = typeof cases.$inferSelect & { readonly [caseInScopeBrand]: true };

/**
 * The gate every case-scoped use case passes first: the case row if the actor may see it, otherwise an
 * `access.denied` event (its own transaction, so it survives the failed request) and the same 404 a
 * non-existent case gets. Call it with the root Db before opening the use case's transaction; the queries
 * inside that transaction still AND in `caseScope`.
 */
export async function requireCaseInScope(db: Db, actor: Actor, caseId: string): Promise<CaseInScope> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, caseId), caseScope(actor))).limit(1);
  if (row) return row as CaseInScope;
  await recordDenied(db, actor, { reason: 'case_scope', caseId });
  throw deniedNotFound();
}

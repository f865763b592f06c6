import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { cases } from './cases.tables.js';

/**
 * Which cases an actor may see, as a WHERE condition on `cases`. Every query that touches a case, or anything
 * hanging off one, must include it (join to `cases` and AND this in). The rules are DOMAIN.md § 2:
 *  - excluded from the case → nothing, whatever the role;
 *  - consultant: cases whose responsible municipality lies in their region, plus cases they were added to;
 *  - caseworker: cases of their own municipality that they take part in;
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
      return and(notExcluded, participant, eq(cases.responsibleMunicipalityCode, actor.municipalityCode ?? ''))!;
    case 'admin':
      return and(notExcluded, participant)!;
    default:
      return sql`false`;
  }
}

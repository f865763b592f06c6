import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { caseScope } from '../cases/cases.scope.js';
import { inquiries } from './intake.tables.js';

/**
 * Which inquiries an actor may see, as a WHERE condition on `inquiries` (out of scope answers 404):
 *  - consultant: inquiries they registered, and inquiries whose initiator's or citizen's municipality lies in
 *    their region (the region's consultants share the hotline), plus any whose case is in their case scope;
 *  - caseworker: inquiries they registered, and inquiries whose case is in their case scope (they are tied to it);
 *  - anyone excluded from the inquiry's case: nothing, as for the case itself;
 *  - every other role: nothing.
 */
export function inquiryScope(actor: Actor): SQL {
  const linkedCaseInScope = sql`(${inquiries.caseId} IS NOT NULL AND EXISTS (SELECT 1 FROM cases WHERE cases.id = ${inquiries.caseId} AND ${caseScope(actor)}))`;
  const notExcluded = sql`NOT EXISTS (SELECT 1 FROM case_exclusions ce WHERE ce.case_id = ${inquiries.caseId} AND ce.user_id = ${actor.userId})`;
  const mine = sql`${inquiries.createdBy} = ${actor.userId}`;
  switch (actor.role) {
    case 'consultant': {
      const region = sql`(SELECT m.code FROM municipalities m WHERE m.region = ${actor.region ?? ''})`;
      return sql`(${notExcluded} AND (${mine} OR ${inquiries.initiatorMunicipalityCode} IN ${region} OR ${inquiries.citizenMunicipalityCode} IN ${region} OR ${linkedCaseInScope}))`;
    }
    case 'caseworker':
      return sql`(${notExcluded} AND (${mine} OR ${linkedCaseInScope}))`;
    default:
      return sql`false`;
  }
}

import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { caseScope } from '../cases/cases.scope.js';
import { inquiries } from './intake.tables.js';

/**
 * Which inquiries an actor may see, as a WHERE condition on `inquiries` (out of scope answers 404).
 * Once an inquiry has a case, the case decides: it is in scope exactly when its case is in the actor's case
 * scope (so a handover, an exclusion or a lost participation takes the inquiry along with the case). Before that:
 *  - consultant: inquiries they registered, and inquiries whose initiator's or citizen's municipality lies in
 *    their region (the region's consultants share the hotline);
 *  - caseworker: inquiries they registered;
 *  - every other role: nothing.
 */
export function inquiryScope(actor: Actor): SQL {
  const linkedCaseInScope = sql`(${inquiries.caseId} IS NOT NULL AND EXISTS (SELECT 1 FROM cases WHERE cases.id = ${inquiries.caseId} AND ${caseScope(actor)}))`;
  const mine = sql`${inquiries.createdBy} = ${actor.userId}`;
  const withoutCase = (rule: SQL) => sql`(${inquiries.caseId} IS NULL AND (${rule}))`;
  switch (actor.role) {
    case 'consultant': {
      const region = sql`(SELECT m.code FROM municipalities m WHERE m.region = ${actor.region ?? ''})`;
      return sql`(${linkedCaseInScope} OR ${withoutCase(sql`${mine} OR ${inquiries.initiatorMunicipalityCode} IN ${region} OR ${inquiries.citizenMunicipalityCode} IN ${region}`)})`;
    }
    case 'caseworker':
      return sql`(${linkedCaseInScope} OR ${withoutCase(mine)})`;
    default:
      return sql`false`;
  }
}

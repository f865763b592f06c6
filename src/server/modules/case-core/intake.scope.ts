import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { caseScope } from './cases.scope.js';
import { inquiries, type InquiryRow } from './intake.tables.js';

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

declare const inquiryInScopeBrand: unique symbol;

/** An inquiry row that passed `requireInquiryInScope` for the current actor (see CaseInScope). */
export type InquiryInScope = InquiryRow & { readonly [inquiryInScopeBrand]: true };

/**
 * THE inquiry gate: the row if the actor may see it, otherwise 404 exactly like a missing inquiry (the error
 * handler logs the refusal once, after the use case's transaction rolled back; an inquiry is not a case, so
 * the row has no case id). Safe inside a transaction.
 */
export async function requireInquiryInScope(db: Db, actor: Actor, id: string): Promise<InquiryInScope> {
  const [row] = await db.select().from(inquiries).where(and(eq(inquiries.id, id), inquiryScope(actor))).limit(1);
  if (!row) throw notFound();
  return row as InquiryInScope;
}

/** An inquiry the caller has just registered is in their scope by construction (they registered it). */
export const createdInquiry = (row: InquiryRow) => row as InquiryInScope;

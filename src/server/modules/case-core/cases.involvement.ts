import { eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { cases } from './cases.tables.js';

/**
 * Whether the municipality is involved in a case (DOMAIN.md § 11.1), decided here and only here, beside
 * `caseScope`, which ANDs it in for municipal users. The municipality's users see a case only when
 *  - a recorded other legal basis exists on the case's inquiry (the municipality decided to act on its own
 *    powers, § 4.2: it is involved by its own decision), or
 *  - an active (not withdrawn) consent on the inquiry covers KONKRET_SAGSSPARRING and its giver fits the case
 *    citizen's age as the case records it (the same giver rule as `consentAllows`).
 * A case whose consents cover only DIREKTE_RAADGIVNING (an adult advised directly) is the consultant's alone.
 * A case without an inquiry has no consent, so no municipal involvement.
 */
export const INVOLVEMENT_REASONS = ['ANDEN_HJEMMEL', 'SAMTYKKE_SAGSSPARRING', 'KUN_DIREKTE_RAADGIVNING', 'SAMTYKKE_TILBAGEKALDT', 'INTET_GRUNDLAG'] as const;
export type InvolvementReason = (typeof INVOLVEMENT_REASONS)[number];
export interface Involvement { municipality: boolean; reason: InvolvementReason }

/** Consent givers that fit the case citizen's age, as SQL on a consent row `k` and the `cases` row. */
const giverFits = sql`(CASE WHEN ${cases.citizenMinor} THEN k.giver IN ('FORAELDREMYNDIGHEDSINDEHAVER', 'VAERGE')
                            WHEN NOT ${cases.citizenMinor} THEN k.giver IN ('BORGER', 'VAERGE')
                            ELSE k.giver = 'VAERGE' END)`;

const legalBasis = sql`EXISTS (SELECT 1 FROM legal_bases lb WHERE lb.inquiry_id = ${cases.inquiryId})`;
const sparringConsent = sql`EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${cases.inquiryId} AND k.withdrawn_at IS NULL
                                      AND 'KONKRET_SAGSSPARRING' = ANY (k.scopes) AND ${giverFits})`;

/** SQL condition on `cases`: the municipality's users may see the case. */
export function municipalInvolvement(): SQL {
  return sql`(${cases.inquiryId} IS NOT NULL AND (${legalBasis} OR ${sparringConsent}))`;
}

/** The four facts the decision rests on, as a json object on the `cases` row (for a statement of the caller's). */
export const involvementFlagsJson = sql`json_build_object(
    'legalBasis', (${cases.inquiryId} IS NOT NULL AND ${legalBasis}),
    'sparring', (${cases.inquiryId} IS NOT NULL AND ${sparringConsent}),
    'directOnly', EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${cases.inquiryId} AND k.withdrawn_at IS NULL
                            AND 'DIREKTE_RAADGIVNING' = ANY (k.scopes)),
    'withdrawn', EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${cases.inquiryId} AND k.withdrawn_at IS NOT NULL
                           AND 'KONKRET_SAGSSPARRING' = ANY (k.scopes)))`;
export interface InvolvementFlags { legalBasis: boolean; sparring: boolean; directOnly: boolean; withdrawn: boolean }

/** The decision from those facts (null: no such case). */
export function involvementFrom(r: InvolvementFlags | null | undefined): Involvement {
  if (!r) return { municipality: false, reason: 'INTET_GRUNDLAG' };
  if (r.legalBasis) return { municipality: true, reason: 'ANDEN_HJEMMEL' };
  if (r.sparring) return { municipality: true, reason: 'SAMTYKKE_SAGSSPARRING' };
  if (r.directOnly) return { municipality: false, reason: 'KUN_DIREKTE_RAADGIVNING' };
  if (r.withdrawn) return { municipality: false, reason: 'SAMTYKKE_TILBAGEKALDT' };
  return { municipality: false, reason: 'INTET_GRUNDLAG' };
}

/** The decision for one case, with the reason the case JSON and page show. */
export async function involvementOf(db: Db, caseId: string): Promise<Involvement> {
  const [r] = await db
    .select({ flags: sql<InvolvementFlags>`${involvementFlagsJson}` })
    .from(cases)
    .where(eq(cases.id, caseId))
    .limit(1);
  return involvementFrom(r?.flags);
}

/** Danish, for the journal, errors and the case page. */
export const INVOLVEMENT_TEXT: Record<InvolvementReason, string> = {
  ANDEN_HJEMMEL: 'Kommunen er involveret på anden hjemmel end samtykke.',
  SAMTYKKE_SAGSSPARRING: 'Kommunen er involveret: der er samtykke til konkret sagssparring.',
  KUN_DIREKTE_RAADGIVNING: 'Kun direkte rådgivning: sagen er sikkerhedskonsulentens alene, indtil borgeren giver samtykke til sparring med kommunen.',
  SAMTYKKE_TILBAGEKALDT: 'Samtykket til konkret sagssparring er tilbagekaldt: kommunens brugere har ikke længere adgang til sagen.',
  INTET_GRUNDLAG: 'Der er hverken samtykke til konkret sagssparring eller anden hjemmel: kommunens brugere har ikke adgang til sagen.',
};

import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { fromJson } from '../../platform/db/json-rows.js';
import { copenhagenDayEnd, copenhagenDayStart } from '../../platform/time.js';
import { consents, legalBases } from './consent.tables.js';
import type { ConsentGiver, ConsentScope } from './consent.schemas.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/** SQL only. Callers have already established that the inquiry or case is in the actor's scope. */
export const consentRepo = {
  insertConsent: async (db: Db, values: typeof consents.$inferInsert) => (await db.insert(consents).values(values).returning())[0]!,
  insertLegalBasis: async (db: Db, values: typeof legalBases.$inferInsert) => (await db.insert(legalBases).values(values).returning())[0]!,


  /** Locks the row so two withdrawals cannot both succeed. */
  consentByIdForUpdate: async (db: Db, id: string) =>
    (await db.select().from(consents).where(eq(consents.id, id)).for('update').limit(1))[0] ?? null,

  markWithdrawn: async (db: Db, id: string, by: string, at: Date, reasonEnc: string | null) =>
    (await db
      .update(consents)
      .set({ withdrawnAt: at, withdrawnBy: by, withdrawalReasonEnc: reasonEnc })
      .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
      .returning())[0] ?? null,

  consentsOfInquiry: (db: Db, inquiryId: string) =>
    db.select().from(consents).where(eq(consents.inquiryId, inquiryId)).orderBy(asc(consents.recordedAt)),

  legalBasesOfInquiry: (db: Db, inquiryId: string) =>
    db.select().from(legalBases).where(eq(legalBases.inquiryId, inquiryId)).orderBy(asc(legalBases.recordedAt)),

  /**
   * The same two lists as subselects (a json array each, in the same order), for a caller that folds them into
   * a statement of its own (the case view, issue 15); `consentRowsFromJson` / `legalBasisRowsFromJson` read them.
   */
  consentsJson: (inquiryId: SQL | string | null) =>
    sql`(SELECT coalesce(json_agg(k ORDER BY k.recorded_at), '[]'::json) FROM consents k WHERE k.inquiry_id = ${inquiryId})`,
  legalBasesJson: (inquiryId: SQL | string | null) =>
    sql`(SELECT coalesce(json_agg(lb ORDER BY lb.recorded_at), '[]'::json) FROM legal_bases lb WHERE lb.inquiry_id = ${inquiryId})`,
  consentRowsFromJson: (json: Record<string, unknown>[]) => json.map((r) => fromJson(consents, r)),
  legalBasisRowsFromJson: (json: Record<string, unknown>[]) => json.map((r) => fromJson(legalBases, r)),

  /**
   * Whether the inquiry may open a case: an active consent covering any of the scopes whose giver is one of
   * `givers` (`fitting`), any such consent whatever its giver (`anyConsent`), a legal basis covering one (`legalBasis`).
   */
  inquiryCoverage: async (db: Db, inquiryId: string, anyOf: ConsentScope[], givers: ConsentGiver[]) => {
    const list = sql.join(anyOf.map((s) => sql`${s}`), sql`, `);
    const giverList = givers.length ? sql.join(givers.map((g) => sql`${g}`), sql`, `) : sql`NULL`;
    const rows = await queryRows<{ fitting: boolean; any_consent: boolean; legal_basis: boolean }>(db, sql`
      SELECT EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${inquiryId} AND k.withdrawn_at IS NULL
                       AND k.scopes && ARRAY[${list}]::text[] AND k.giver IN (${giverList})) AS fitting,
             EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${inquiryId} AND k.withdrawn_at IS NULL
                       AND k.scopes && ARRAY[${list}]::text[]) AS any_consent,
             EXISTS (SELECT 1 FROM legal_bases lb WHERE lb.inquiry_id = ${inquiryId}
                       AND lb.scopes && ARRAY[${list}]::text[]) AS legal_basis`);
    const r = rows[0];
    return { fitting: r?.fitting === true, anyConsent: r?.any_consent === true, legalBasis: r?.legal_basis === true };
  },
  /**
   * An active consent covering the scope whose giver fits the case citizen's age as the case records it
   * (cases.citizen_minor; `unknownAgeGivers` when it is unknown), or a legal basis covering it.
   */
  caseCovers: async (db: Db, c: CaseInScope, scope: ConsentScope, minorGivers: ConsentGiver[], adultGivers: ConsentGiver[], unknownAgeGivers: ConsentGiver[]) => {
    const arr = (g: ConsentGiver[]) => (g.length ? sql`ARRAY[${sql.join(g.map((x) => sql`${x}`), sql`, `)}]::text[]` : sql`ARRAY[]::text[]`);
    const rows = await queryRows<{ ok: boolean }>(db, sql`
      SELECT (EXISTS (SELECT 1 FROM cases c JOIN consents k ON k.inquiry_id = c.inquiry_id
                       WHERE c.id = ${c.id} AND k.withdrawn_at IS NULL AND ${scope} = ANY (k.scopes)
                         AND k.giver = ANY (CASE WHEN c.citizen_minor THEN ${arr(minorGivers)}
                                                 WHEN NOT c.citizen_minor THEN ${arr(adultGivers)}
                                                 ELSE ${arr(unknownAgeGivers)} END))
           OR EXISTS (SELECT 1 FROM cases c JOIN legal_bases lb ON lb.inquiry_id = c.inquiry_id
                       WHERE c.id = ${c.id} AND ${scope} = ANY (lb.scopes))) AS ok`);
    return rows[0]?.ok === true;
  },
  /** For the DPO: metadata joined with the case (number and municipality), newest first. */
  legalBasesForReview: async (db: Db, from?: string, to?: string) => {
    // The query aliases legal_bases as lb, so the period is written against the alias (a drizzle column would
    // name "legal_bases" and fail).
    const where = [
      from ? sql`lb.recorded_at >= ${copenhagenDayStart(from).toISOString()}::timestamptz` : undefined,
      to ? sql`lb.recorded_at < ${copenhagenDayEnd(to).toISOString()}::timestamptz` : undefined,
    ].filter(Boolean);
    return queryRows<{
      id: string; inquiry_id: string; case_id: string | null; case_number: string | null; municipality_code: string | null;
      basis: string; scopes: string[]; decided_at: string; municipal_decision: boolean; decided_by_municipality_code: string | null;
      decided_by_role: string | null; legal_reference: string | null; recorded_by: string | null; recorded_by_role: string | null; recorded_at: Date | string;
    }>(db, sql`
      SELECT lb.id, lb.inquiry_id, c.id AS case_id, c.case_number,
             COALESCE(c.responsible_municipality_code, i.citizen_municipality_code, i.initiator_municipality_code) AS municipality_code,
             lb.basis, lb.scopes, lb.decided_at::text AS decided_at, lb.municipal_decision,
             lb.decided_by_municipality_code, lb.decided_by_role, lb.legal_reference, lb.recorded_by, u.role AS recorded_by_role, lb.recorded_at
        FROM legal_bases lb
        JOIN inquiries i ON i.id = lb.inquiry_id
        LEFT JOIN cases c ON c.id = i.case_id
        LEFT JOIN users u ON u.id = lb.recorded_by
       WHERE ${where.length ? and(...where) : sql`true`}
       ORDER BY lb.recorded_at DESC
       LIMIT 1000`);
  },
};


import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';

/**
 * Synthetic, anonymous inquiries for statistics tests, the demo and the benchmark, written straight to the table
 * (no personal data: anonymous inquiries carry no identifying field). `case` opens a bare case row, `measures` adds
 * measures in force on it, `closed` closes it, and `evaluation` records the closing evaluation (needs `createdBy`).
 */
export interface InquirySpec {
  municipality: string | null;
  receivedAt?: string;
  initiatorRole?: string;
  ageBand?: string;
  gender?: string;
  channel?: string;
  reasons?: string[];
  concernTypes?: string[];
  advised?: boolean;
  case?: boolean;
  measures?: string[];
  closed?: 'AFSLUTTET' | 'OVERDRAGET';
  evaluation?: { outcome: string; helped?: string[] };
}

const arr = (xs: string[]) => sql`ARRAY[${sql.join(xs.map((x) => sql`${x}`), sql`, `)}]::text[]`;

/** `seal` encrypts the measures' text columns (field crypto); tests without a case page may leave it out. */
export async function insertInquiries(
  db: Db, specs: readonly InquirySpec[], createdBy: string | null = null, seal: (plain: string) => string = (p) => p,
): Promise<number> {
  const seq = (await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM cases`))[0]!.n;
  let caseNo = Number(seq);
  for (let i = 0; i < specs.length; i += 400) {
    const batch = specs.slice(i, i + 400);
    const caseIds = new Map<number, string>();
    for (const [k, s] of batch.entries()) {
      if (!s.case) continue;
      caseNo += 1;
      const [c] = await queryRows<{ id: string }>(db, sql`
        INSERT INTO cases (case_number, responsible_municipality_code, status, closure_outcome, closed_at, citizen_age_band, concern_types, created_at)
        VALUES (${`STAT-${String(caseNo).padStart(6, '0')}`}, ${s.municipality ?? '101'}, ${s.closed ?? 'AABEN'}, ${s.closed ?? null},
                ${s.closed ? sql`now()` : sql`NULL`}, ${s.ageBand ?? 'UOPLYST'}, ${arr(s.concernTypes ?? ['NSK'])},
                -- A synthetic case is as old as its inquiry, so the demo's own live cases stay at the top of the case list.
                ${s.receivedAt ?? '2026-03-01T10:00:00+01:00'}::timestamptz)
        RETURNING id`);
      caseIds.set(k, c!.id);
      if (createdBy && s.closed && s.evaluation) {
        await db.execute(sql`INSERT INTO case_closure_evaluations (case_id, closure_outcome, evaluation_outcome, helped, municipality_code, closed_by)
          VALUES (${c!.id}, ${s.closed}, ${s.evaluation.outcome}, ${arr(s.evaluation.helped ?? [])}, ${s.municipality ?? '101'}, ${createdBy})`);
      }
      if (createdBy) {
        for (const m of s.measures ?? []) {
          await db.execute(sql`INSERT INTO safety_measures (case_id, measure_type, description_enc, responsible_enc, status, created_by)
            VALUES (${c!.id}, ${m}, ${seal('Syntetisk foranstaltning (demo)')}, ${seal('Kommunen')}, 'IVAERKSAT', ${createdBy})`);
        }
      }
    }
    const values = batch.map((s, k) => sql`(
      ${s.receivedAt ?? '2026-03-01T10:00:00+01:00'}::timestamptz, ${s.channel ?? 'TELEFON'}, ${s.initiatorRole ?? 'SAGSBEHANDLER'},
      ${s.municipality}, true, ${arr(s.concernTypes ?? ['NSK'])}, ${arr(s.reasons ?? ['SOCIALE_RESTRIKTIONER'])},
      ${s.ageBand ?? '15_17'}, ${s.gender ?? 'KVINDE'}, ${s.municipality}, ${s.advised ?? false}, ${caseIds.get(k) ?? null}::uuid, ${createdBy}::uuid)`);
    await db.execute(sql`INSERT INTO inquiries (received_at, channel, initiator_role, initiator_municipality_code, anonymous, concern_types, reasons,
      citizen_age_band, citizen_gender, citizen_municipality_code, advised_citizen_directly, case_id, created_by)
      VALUES ${sql.join(values, sql`, `)}`);
  }
  return specs.length;
}

/** `n` inquiries in one municipality, otherwise alike. */
export const many = (n: number, spec: InquirySpec): InquirySpec[] => Array.from({ length: n }, () => ({ ...spec }));

import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { recordAudit } from '../../platform/audit/audit.js';

/**
 * `skjold retention run`: closed cases past RETENTION_MONTHS are anonymised, in batches (one transaction each,
 * so a long run can stop and start again). Deleted: the persons and their CPR history, journal, screenings,
 * assessments and disclosures, tasks, measures, exclusions; the inquiry's and the case's identifying fields
 * are emptied. Kept: the case and inquiry rows with their codes and dates, which is all statistics count
 * (municipality, reasons, concerns, age band, gender), so the figures do not move.
 */
const CHILD_DELETES = [
  'DELETE FROM tasks WHERE case_id = ANY($ids)',
  'DELETE FROM safety_measures WHERE case_id = ANY($ids)',
  'DELETE FROM risk_disclosures WHERE assessment_id IN (SELECT id FROM risk_assessments WHERE case_id = ANY($ids))',
  'DELETE FROM risk_assessments WHERE case_id = ANY($ids)',
  'DELETE FROM risk_screenings WHERE case_id = ANY($ids)',
  'DELETE FROM journal_entries WHERE case_id = ANY($ids)',
  'DELETE FROM case_person_cprs WHERE case_id = ANY($ids)',
  'DELETE FROM case_persons WHERE case_id = ANY($ids)',
  'DELETE FROM case_exclusions WHERE case_id = ANY($ids)',
];

export interface RetentionResult {
  due: number;
  anonymised: number;
  dryRun: boolean;
}

export async function runRetention(
  db: Db,
  fc: FieldCrypto,
  opts: { months: number; dryRun?: boolean; batchSize?: number; progress?: (m: string) => void },
): Promise<RetentionResult> {
  const due = async () => (await queryRows<{ id: string }>(db, sql`
    SELECT id FROM cases WHERE status = 'AFSLUTTET' AND closed_at IS NOT NULL AND anonymised_at IS NULL
      AND closed_at < now() - make_interval(months => ${opts.months}) ORDER BY closed_at, id LIMIT ${opts.batchSize ?? 200}`)).map((r) => r.id);
  const [count] = await queryRows<{ n: number }>(db, sql`
    SELECT count(*)::int AS n FROM cases WHERE status = 'AFSLUTTET' AND closed_at IS NOT NULL AND anonymised_at IS NULL
      AND closed_at < now() - make_interval(months => ${opts.months})`);
  const total = count!.n;
  if (opts.dryRun) return { due: total, anonymised: 0, dryRun: true };
  const placeholder = fc.encrypt('Anonymiseret efter opbevaringsfristen');
  let done = 0;
  for (let ids = await due(); ids.length; ids = await due()) {
    await db.transaction(async (tx) => {
      const list = sql`${`{${ids.join(',')}}`}::uuid[]`;
      for (const stmt of CHILD_DELETES) {
        const [before, after] = stmt.split('$ids');
        await tx.execute(sql`${sql.raw(before!)}${list}${sql.raw(after!)}`);
      }
      await tx.execute(sql`UPDATE cases SET closure_reason_enc = NULL, evaluation_enc = NULL, anonymised_at = now() WHERE id = ANY(${list})`);
      await tx.execute(sql`UPDATE inquiries SET citizen_name_enc = NULL, citizen_cpr_enc = NULL, citizen_cpr_index = NULL,
        citizen_phone_enc = NULL, citizen_email_enc = NULL, citizen_address_enc = NULL, citizen_birth_date_enc = NULL,
        summary_enc = NULL, advice_enc = NULL WHERE case_id = ANY(${list})`);
      await tx.execute(sql`UPDATE consents SET note_enc = NULL, withdrawal_reason_enc = NULL WHERE inquiry_id IN (SELECT id FROM inquiries WHERE case_id = ANY(${list}))`);
      await tx.execute(sql`UPDATE legal_bases SET rationale_enc = ${placeholder}, decided_by_enc = NULL WHERE inquiry_id IN (SELECT id FROM inquiries WHERE case_id = ANY(${list}))`);
      for (const id of ids) {
        await recordAudit(tx, { type: 'ops.retention_run', actor: null, subjectType: 'case', subjectId: id, caseId: id, details: { months: opts.months } });
      }
    });
    done += ids.length;
    opts.progress?.(`  ${done} af ${total} sager anonymiseret`);
  }
  return { due: total, anonymised: done, dryRun: false };
}

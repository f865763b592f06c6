import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';
import { recordAudit } from '../../platform/audit/audit.js';

/**
 * `skjold retention run`: closed cases past RETENTION_MONTHS are anonymised, in batches (one transaction each,
 * so a long run can stop and start again), and the national statistics count them exactly as before.
 *
 * Deleted: the persons and their CPR history, journal, risk assessments and disclosures, tasks, exclusions,
 * actors, the child's voice, safety plan and safe contact, follow-ups, travel. Kept, with their text replaced by
 * a placeholder or emptied: what statistics count (statistics.dimensions.ts): the screenings (outcome, date), the
 * measures (type, status, dates, evaluation code), the closing evaluation (outcome, what helped), the case and
 * inquiry codes and dates (municipality, reasons, concerns, age band, gender, channel), consents and legal bases
 * (whether statistical use is allowed).
 *
 * Distinct persons are counted by the citizen's blind CPR index, which goes. Each retained inquiry instead gets
 * the person's token from retained_person_tokens (migrations/0171): one random id per CPR index, created the
 * first time one of the person's cases is retained and reused for all their later ones. While the person has a
 * live row with that index the statistics count the live row by the token too, so they stay one person; once no
 * live row has it, the link is deleted and the token leads nowhere.
 */
const PLACEHOLDER = 'Anonymiseret efter opbevaringsfristen';

/** The CPR index the statistics count an inquiry's person by: its case's citizen's, else the inquiry's own. */
const PERSON_INDEX = sql.raw(`COALESCE((SELECT p.cpr_index FROM case_persons p WHERE p.case_id = i.case_id AND p.role = 'BORGER' ORDER BY p.created_at, p.id LIMIT 1), i.citizen_cpr_index)`);
const PERSON_CPR = sql.raw(`COALESCE((SELECT p.cpr_enc FROM case_persons p WHERE p.case_id = i.case_id AND p.role = 'BORGER' AND p.cpr_index IS NOT NULL ORDER BY p.created_at, p.id LIMIT 1), i.citizen_cpr_enc)`);

/** In order: the rows that point at others go first. `ids` is the batch's case ids (a uuid[]). */
const steps = (ids: SQL, placeholder: string, empty: string): SQL[] => {
  const inquiriesOf = sql`SELECT id FROM inquiries WHERE case_id = ANY(${ids})`;
  return [
    // Distinct persons: the token before the indexes go.
    sql`INSERT INTO retained_person_tokens (cpr_index, cpr_enc)
       SELECT DISTINCT ON (idx) idx, cpr FROM (SELECT ${PERSON_INDEX} AS idx, ${PERSON_CPR} AS cpr FROM inquiries i WHERE i.case_id = ANY(${ids})) s
        WHERE idx IS NOT NULL AND cpr IS NOT NULL ORDER BY idx
       ON CONFLICT (cpr_index) DO NOTHING`,
    sql`UPDATE inquiries i SET retained_person_token = t.token FROM retained_person_tokens t
       WHERE i.case_id = ANY(${ids}) AND t.cpr_index = ${PERSON_INDEX}`,
    // Kept for the statistics, their text gone; their links to deleted rows emptied.
    sql`UPDATE safety_measures SET description_enc = ${placeholder}, responsible_enc = ${placeholder}, decided_by_enc = NULL, evaluation_note_enc = NULL,
       owner_actor_id = NULL, source_assessment_id = NULL, scenario_id = NULL, recommendation_id = NULL WHERE case_id = ANY(${ids})`,
    sql`UPDATE risk_screenings SET rationale_enc = ${placeholder}, answers_enc = ${empty}
       WHERE case_id = ANY(${ids}) OR inquiry_id IN (${inquiriesOf})`,
    sql`UPDATE case_closure_evaluations SET helped_note_enc = NULL, override_reason_enc = NULL WHERE case_id = ANY(${ids})`,
    // Deleted.
    sql`DELETE FROM tasks WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM risk_disclosures WHERE assessment_id IN (SELECT id FROM risk_assessments WHERE case_id = ANY(${ids}))`,
    sql`DELETE FROM risk_assessments WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM journal_entries WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_person_cprs WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_persons WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_exclusions WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_actors WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_child_voice WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM safety_plans WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM safe_contacts WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM case_follow_ups WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM travel_watch_alerts WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM travel_contacts WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM travel_attachments WHERE case_id = ANY(${ids})`,
    sql`DELETE FROM travel_trips WHERE case_id = ANY(${ids})`,
    // The case and inquiry keep their codes and dates.
    sql`UPDATE cases SET closure_reason_enc = NULL, evaluation_enc = NULL, responsible_contact_enc = NULL, anonymised_at = now() WHERE id = ANY(${ids})`,
    sql`UPDATE inquiries SET citizen_name_enc = NULL, citizen_cpr_enc = NULL, citizen_cpr_index = NULL,
       citizen_phone_enc = NULL, citizen_email_enc = NULL, citizen_address_enc = NULL, citizen_birth_date_enc = NULL,
       summary_enc = NULL, advice_enc = NULL WHERE case_id = ANY(${ids})`,
    sql`UPDATE consents SET note_enc = NULL, withdrawal_reason_enc = NULL WHERE inquiry_id IN (${inquiriesOf})`,
    sql`UPDATE legal_bases SET rationale_enc = ${placeholder}, decided_by_enc = NULL WHERE inquiry_id IN (${inquiriesOf})`,
    // A person with no live row left: nothing may lead from their CPR to the token any more.
    sql`DELETE FROM retained_person_tokens t WHERE NOT EXISTS (SELECT 1 FROM case_persons p WHERE p.cpr_index = t.cpr_index)
       AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.citizen_cpr_index = t.cpr_index)`,
  ];
};

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
  const [placeholder, empty] = [fc.encrypt(PLACEHOLDER), fc.encrypt('{}')];
  let done = 0;
  for (let ids = await due(); ids.length; ids = await due()) {
    await db.transaction(async (tx) => {
      for (const step of steps(sql`${`{${ids.join(',')}}`}::uuid[]`, placeholder, empty)) await tx.execute(step);
      for (const id of ids) {
        await recordAudit(tx, { type: 'ops.retention_run', actor: null, subjectType: 'case', subjectId: id, caseId: id, details: { months: opts.months } });
      }
    });
    done += ids.length;
    opts.progress?.(`  ${done} af ${total} sager anonymiseret`);
  }
  return { due: total, anonymised: done, dryRun: false };
}

import { sql } from 'drizzle-orm';
import type { AppContext } from '../../src/server/platform/app-context.js';
import { fieldCryptoFor } from '../../src/server/platform/crypto/fields.js';

/**
 * `n` cases with a citizen each, spread over the 98 municipalities and the statuses, in batches of 10 000 (as
 * test/bench/cases-list.bench.ts). Three of them carry the CPR number the search looks for.
 */
export async function seedCases(ctx: AppContext, n: number, cpr: string, caseworkerId: string) {
  const fc = fieldCryptoFor(ctx.config);
  const nameEnc = fc.encrypt('Bench Borger');
  for (let start = 0; start < n; start += 10_000) {
    const end = Math.min(n, start + 10_000);
    await ctx.db.execute(sql`
      WITH m AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i FROM municipalities),
      ins AS (
        INSERT INTO cases (case_number, responsible_municipality_code, status, concern_types, acute, created_at, follow_up_due_at)
        SELECT 'B-' || g, (SELECT code FROM m WHERE m.i = g % 98),
               (ARRAY['AABEN','VURDERING','KOORDINERING','OPFOELGNING','AFSLUTTET'])[1 + g % 5],
               ARRAY[(ARRAY['AERE','NSK'])[1 + g % 2]], g % 50 = 0, now() - (g || ' minutes')::interval,
               CASE WHEN g % 7 = 0 THEN current_date - 3 END
          FROM generate_series(${start}::int, ${end - 1}::int) g
        RETURNING id)
      INSERT INTO case_persons (case_id, role, name_enc) SELECT id, 'BORGER', ${nameEnc} FROM ins`);
  }
  await ctx.db.execute(sql`INSERT INTO case_participants (case_id, user_id, participant_role)
    SELECT id, ${caseworkerId}, 'RESPONSIBLE_CASEWORKER' FROM cases WHERE responsible_municipality_code = '165' AND case_number LIKE 'B-%' LIMIT 500
    ON CONFLICT DO NOTHING`);
  await ctx.db.execute(sql`INSERT INTO case_person_cprs (person_id, case_id, cpr_enc, cpr_index)
    SELECT p.id, p.case_id, ${fc.encrypt(cpr)}, ${fc.blindIndex(cpr)} FROM case_persons p WHERE p.case_id IN (SELECT id FROM cases WHERE case_number LIKE 'B-%' LIMIT 3)`);
  await ctx.db.execute(sql`ANALYZE`);
}

import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';

/**
 * Values migrations 0131 and 0061 moved aside in plain text, sealed into their encrypted column by app code (the key
 * is not in the database). One entry per column; `json` marks an array column stored as one JSON value.
 */
export const LEGACY_PLAINTEXT: { table: string; plain: string; enc: string; json?: boolean }[] = [
  { table: 'case_exclusions', plain: 'reason_plain', enc: 'reason_enc' },
  { table: 'case_persons', plain: 'citizenships_plain', enc: 'citizenships_enc', json: true },
  { table: 'case_persons', plain: 'country_plain', enc: 'country_enc' },
  { table: 'journal_entries', plain: 'risk_authority_plain', enc: 'risk_authority_enc' },
  { table: 'journal_entries', plain: 'informed_by_description_plain', enc: 'informed_by_description_enc' },
  { table: 'legal_bases', plain: 'decided_by_plain', enc: 'decided_by_enc' },
  { table: 'case_child_voice', plain: 'talked_alone_by_plain', enc: 'talked_alone_by_enc' },
];

/** Runs at every start (idempotent, nothing to do once moved); returns how many values it sealed. */
export async function encryptLegacyPlaintext(db: Db, fc: FieldCrypto): Promise<number> {
  let moved = 0;
  for (const c of LEGACY_PLAINTEXT) {
    await db.transaction(async (tx) => {
      // Table and column names come from the constant above, never from input.
      const rows = await queryRows<{ ctid: string; v: unknown }>(tx, sql.raw(
        `SELECT ctid::text AS ctid, ${c.json ? `to_jsonb(${c.plain})` : c.plain} AS v FROM ${c.table} WHERE ${c.plain} IS NOT NULL FOR UPDATE`,
      ));
      for (const r of rows) {
        const plain = c.json ? JSON.stringify(typeof r.v === 'string' ? JSON.parse(r.v) : r.v) : String(r.v);
        await tx.execute(sql`UPDATE ${sql.identifier(c.table)} SET ${sql.identifier(c.enc)} = ${fc.encrypt(plain)}, ${sql.identifier(c.plain)} = NULL WHERE ctid = ${r.ctid}::tid`);
        moved++;
      }
    });
  }
  return moved;
}

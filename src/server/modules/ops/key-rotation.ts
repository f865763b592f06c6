import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { archiveAuditKeys, auditSecretsOf } from '../../platform/audit/keys.js';
import { fieldCryptoFor } from '../../platform/crypto/fields.js';
import { keyringOf, secretId } from '../../platform/crypto/keyring.js';
import { secretBox } from '../../platform/crypto/secret-box.js';
import { encryptedColumns, type EncryptedColumn } from './column-registry.js';

/**
 * `skjold keys rotate`: everything sealed under SKJOLD_SECRET_PREVIOUS is re-sealed under SKJOLD_SECRET.
 *
 * What: every `_enc` column of the schema (ops/column-registry.ts `encryptedColumns`, read from the database,
 * so a new encrypted column cannot be forgotten): field crypto, or secret-box for the columns SECRET_BOX_COLUMNS
 * names (TOTP seeds, the audit key archive). The CPR blind indexes (BLIND_INDEXES) are recomputed in the same
 * statement as the value they come from; the old index is linked to the new in blind_index_aliases, because
 * the append-only trail keeps naming searches by the old one.
 * Not touched, because they do not depend on the secret: session and token hashes (SHA-256 of random tokens),
 * recovery-code hashes, password hashes (argon2id). Nobody is logged out by a rotation.
 * The audit trail is not re-signed (it is append-only): the previous secret's audit keys are archived, sealed
 * under the new secret (platform/audit/keys.ts), so old rows and checkpoints verify with the new secret alone.
 *
 * How: in batches, each its own transaction, selecting in SQL the values whose prefix is not the current key id;
 * an interrupted run is resumed by running it again (nothing is remembered but the data itself). Each update is
 * a compare-and-set on the old value, so a server writing under the new secret meanwhile is never overwritten.
 * During the rotation the servers run with SKJOLD_SECRET=new and SKJOLD_SECRET_PREVIOUS=old: reads try the key
 * the value names (old `v1:` values: each secret in turn), writes use the new one, CPR search looks for both
 * indexes.
 */
export interface RotationOptions {
  batchSize?: number;
  progress?: (line: string) => void;
}

export interface RotationResult {
  keyId: string;
  columns: number;
  values: number;
  indexes: number;
  archivedAuditKeys: number;
}

export class RotationError extends Error {}

type Sealer = { rotate(v: string): string; open(v: string): string; prefix: string };

export async function rotateKeys(
  db: Db,
  config: { secret: string; previousSecrets?: string[] },
  opts: RotationOptions = {},
): Promise<RotationResult> {
  const ring = keyringOf(config);
  if (!ring.previous.length) {
    throw new RotationError('SKJOLD_SECRET_PREVIOUS er ikke sat. Sæt SKJOLD_SECRET til den nye nøgle og SKJOLD_SECRET_PREVIOUS til den gamle, genstart serverne, og kør så kommandoen igen.');
  }
  const batchSize = opts.batchSize ?? 200;
  const progress = opts.progress ?? (() => {});
  const secrets = [ring.current, ...ring.previous];
  const fc = fieldCryptoFor(config);
  const keyId = secretId(ring.current);
  const sealerOf = (c: EncryptedColumn): Sealer => {
    if (c.kind === 'field') return { rotate: fc.rotate, open: fc.decrypt, prefix: `${keyId}:` };
    const box = secretBox(secrets, c.kind.box);
    return { rotate: box.rotate, open: box.open, prefix: `${keyId}.` };
  };

  const archivedAuditKeys = await archiveAuditKeys(db, auditSecretsOf(config));
  const columns = await encryptedColumns(db);
  let values = 0;
  let indexes = 0;
  for (const c of columns) {
    const s = sealerOf(c);
    // Identifiers come from information_schema, never from input; quoted anyway.
    const t = sql.identifier(c.table);
    const col = sql.identifier(c.column);
    const stale = sql`${col} IS NOT NULL AND ${col} NOT LIKE ${`${s.prefix}%`}`;
    const [{ n: total } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${t} WHERE ${stale}`);
    if (!total) continue;
    progress(`${c.table}.${c.column}: ${total} værdier skal krypteres om${c.indexes.length ? ` (og søgeindeks ${c.indexes.join(', ')})` : ''}`);
    let done = 0;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        // The one change a signed risk assessment allows (migration 0045).
        await tx.execute(sql`SELECT set_config('skjold.reencrypt', 'on', true)`);
        const idxCols = c.indexes.map((i) => sql`, ${sql.identifier(i)}::text AS ${sql.identifier(`old_${i}`)}`);
        const rows = await queryRows<Record<string, string | null> & { ctid: string; v: string }>(tx, sql`
          SELECT ctid::text AS ctid, ${col} AS v${sql.join(idxCols, sql``)} FROM ${t} WHERE ${stale} LIMIT ${batchSize} FOR UPDATE`);
        for (const r of rows) {
          let rotated: string;
          let plain: string;
          try {
            plain = s.open(r.v);
            rotated = s.rotate(r.v);
          } catch {
            throw new RotationError(`${c.table}.${c.column}: en værdi kan hverken åbnes med SKJOLD_SECRET eller SKJOLD_SECRET_PREVIOUS. Er SKJOLD_SECRET_PREVIOUS den nøgle, der blev brugt før?`);
          }
          const sets = [sql`${col} = ${rotated}`];
          for (const i of c.indexes) {
            const fresh = fc.blindIndex(plain);
            sets.push(sql`${sql.identifier(i)} = ${fresh}`);
            const old = r[`old_${i}`];
            if (old && old !== fresh) {
              await tx.execute(sql`INSERT INTO blind_index_aliases (blind_index, previous_index) VALUES (${fresh}, ${old}) ON CONFLICT DO NOTHING`);
              indexes += 1;
            }
          }
          await tx.execute(sql`UPDATE ${t} SET ${sql.join(sets, sql`, `)} WHERE ctid = ${r.ctid}::tid AND ${col} = ${r.v}`);
        }
        return rows.length;
      });
      if (!n) break;
      done += n;
      values += n;
      progress(`${c.table}.${c.column}: ${Math.min(done, total)} af ${total}`);
      if (done > total * 2 + batchSize * 10) {
        throw new RotationError(`${c.table}.${c.column}: der bliver ved med at komme værdier under den gamle nøgle. Kører en server stadig med den gamle SKJOLD_SECRET?`);
      }
    }
  }
  await db.transaction(async (tx) => {
    await recordAudit(tx, {
      type: 'ops.keys_rotated', actor: null, subjectType: 'system', subjectId: keyId,
      details: { keyId, columns: columns.length, values, indexes, archivedAuditKeys },
    });
  });
  return { keyId, columns: columns.length, values, indexes, archivedAuditKeys };
}

/** How many values in the database are not yet under the current secret (0 when a rotation is complete). */
export async function valuesNotUnderCurrentKey(db: Db, config: { secret: string }): Promise<Record<string, number>> {
  const keyId = secretId(config.secret);
  const out: Record<string, number> = {};
  for (const c of await encryptedColumns(db)) {
    const prefix = c.kind === 'field' ? `${keyId}:` : `${keyId}.`;
    const col = sql.identifier(c.column);
    const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(c.table)} WHERE ${col} IS NOT NULL AND ${col} NOT LIKE ${`${prefix}%`}`);
    if (row?.n) out[`${c.table}.${c.column}`] = row.n;
  }
  return out;
}

import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Db } from '../../platform/db/client.js';
import { appliedMigrations } from '../../platform/db/migrate.js';
import { recordAudit } from '../../platform/audit/audit.js';

/**
 * A portable, encrypted backup: every table of the schema as JSON rows (engine-neutral, so a PGlite trial moves
 * onto PostgreSQL and back), the sequences, and the list of applied migrations. The whole document is gzipped
 * and sealed with AES-256-GCM under a key derived from SKJOLD_SECRET (HKDF, purpose "backup"): the file is
 * useless without the secret, and restoring needs the same secret anyway (the fields inside are encrypted
 * with it). File layout: "SKJOLDBK1" | iv (12) | tag (16) | ciphertext.
 */
const MAGIC = Buffer.from('SKJOLDBK1');

interface BackupDocument {
  format: 'skjold-backup';
  version: 1;
  createdAt: string;
  engine: string;
  migrations: string[];
  sequences: Record<string, { value: number; called: boolean }>;
  tables: Record<string, unknown[]>;
}

type Progress = (message: string) => void;

const backupKey = (secret: string) => Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('skjold-backup'), Buffer.from('backup/aes-256-gcm/v1'), 32));

export function sealBackup(doc: BackupDocument, secret: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', backupKey(secret), iv);
  const body = Buffer.concat([cipher.update(gzipSync(Buffer.from(JSON.stringify(doc), 'utf8'))), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
}

export function openBackup(file: Buffer, secret: string): BackupDocument {
  if (file.length < MAGIC.length + 28 || !file.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('Filen er ikke en Skjold-sikkerhedskopi.');
  const iv = file.subarray(MAGIC.length, MAGIC.length + 12);
  const tag = file.subarray(MAGIC.length + 12, MAGIC.length + 28);
  const decipher = createDecipheriv('aes-256-gcm', backupKey(secret), iv);
  decipher.setAuthTag(tag);
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(file.subarray(MAGIC.length + 28)), decipher.final()]);
  } catch {
    throw new Error('Sikkerhedskopien kan ikke åbnes: forkert SKJOLD_SECRET, eller filen er beskadiget.');
  }
  const doc = JSON.parse(gunzipSync(plain).toString('utf8')) as BackupDocument;
  if (doc.format !== 'skjold-backup' || doc.version !== 1) throw new Error('Ukendt format på sikkerhedskopien.');
  return doc;
}

/**
 * Base tables of the current schema, parents before children (foreign keys), so inserts never dangle. A cycle
 * (inquiries.case_id ⇄ cases.inquiry_id) is broken at the edge that closes it: those columns are inserted empty
 * and filled in after every table is in (`deferred`, by table).
 */
async function tablesInOrder(db: Db): Promise<{ order: string[]; deferred: Map<string, string[]> }> {
  const tables = (await queryRows<{ t: string }>(db, sql`
    SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY 1`)).map((r) => r.t);
  const edges = await queryRows<{ child: string; parent: string; cols: string[] | string }>(db, sql`
    SELECT cc.relname AS child, pc.relname AS parent,
      (SELECT array_agg(a.attname::text) FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS cols
    FROM pg_constraint c JOIN pg_class cc ON cc.oid = c.conrelid JOIN pg_class pc ON pc.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = current_schema()`);
  const parents = new Map(tables.map((t) => [t, [] as { parent: string; cols: string[] }[]]));
  for (const e of edges) {
    const cols = Array.isArray(e.cols) ? e.cols : String(e.cols).replace(/[{}]/g, '').split(',');
    if (e.child !== e.parent) parents.get(e.child)?.push({ parent: e.parent, cols });
  }
  const order: string[] = [];
  const deferred = new Map<string, string[]>();
  const visit = (t: string, path: Set<string>) => {
    if (order.includes(t)) return;
    path.add(t);
    for (const { parent, cols } of parents.get(t) ?? []) {
      if (path.has(parent)) deferred.set(t, [...(deferred.get(t) ?? []), ...cols]);
      else visit(parent, path);
    }
    path.delete(t);
    order.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return { order, deferred };
}

async function sequences(db: Db): Promise<string[]> {
  return (await queryRows<{ s: string }>(db, sql`SELECT sequence_name AS s FROM information_schema.sequences WHERE sequence_schema = current_schema() ORDER BY 1`)).map((r) => r.s);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createBackup(database: Database, secret: string, progress: Progress = () => {}): Promise<{ file: Buffer; rows: number }> {
  const db = database.db;
  const doc: BackupDocument = {
    format: 'skjold-backup', version: 1, createdAt: new Date().toISOString(), engine: database.engine,
    migrations: await appliedMigrations(database), sequences: {}, tables: {},
  };
  let rows = 0;
  // One repeatable-read transaction: every table as of the same instant.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    for (const table of (await tablesInOrder(tx)).order) {
      const data = await queryRows<{ r: unknown }>(tx, sql.raw(`SELECT to_jsonb(t) AS r FROM ${ident(table)} t`));
      doc.tables[table] = data.map((d) => (typeof d.r === 'string' ? JSON.parse(d.r) : d.r));
      rows += data.length;
      progress(`  ${table}: ${data.length} rækker`);
    }
    for (const s of await sequences(tx)) {
      const [v] = await queryRows<{ last_value: string; is_called: boolean }>(tx, sql.raw(`SELECT last_value, is_called FROM ${ident(s)}`));
      doc.sequences[s] = { value: Number(v!.last_value), called: v!.is_called };
    }
    await recordAudit(tx, { type: 'ops.backup_created', actor: null, details: { rows, tables: Object.keys(doc.tables).length } });
  });
  return { file: sealBackup(doc, secret), rows };
}

/**
 * Loads a backup into a migrated database that holds no accounts and no audit trail yet (a fresh install), in
 * one transaction: all or nothing. Tables the migrations filled (the directory) are replaced by the backup's.
 */
/**
 * `secret` may list SKJOLD_SECRET and then SKJOLD_SECRET_PREVIOUS: a file made before a key rotation opens with
 * the previous secret (run `skjold keys rotate` after restoring it, with both set).
 */
export async function restoreBackup(database: Database, file: Buffer, secret: string | string[], progress: Progress = () => {}): Promise<{ rows: number }> {
  const secrets = Array.isArray(secret) ? secret : [secret];
  const doc = ((): BackupDocument => {
    for (const s of secrets.slice(0, -1)) {
      try {
        return openBackup(file, s);
      } catch {
        // made under another secret: try the next
      }
    }
    return openBackup(file, secrets.at(-1)!);
  })();
  const db = database.db;
  const here = await appliedMigrations(database);
  const missing = doc.migrations.filter((m) => !here.includes(m));
  if (missing.length) throw new Error(`Sikkerhedskopien er fra en nyere udgave af Skjold (migreringer mangler her: ${missing.join(', ')}). Opdatér først.`);
  let rows = 0;
  await db.transaction(async (tx) => {
    const [busy] = await queryRows<{ n: number }>(tx, sql`SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_events) AS n`);
    if (Number(busy!.n) > 0) throw new Error('Databasen er ikke tom (der findes brugere eller en revisionslog). Indlæs kun i en ny, tom database.');
    const { order, deferred } = await tablesInOrder(tx);
    for (const table of [...order].reverse()) if (table !== 'audit_events') await tx.execute(sql.raw(`DELETE FROM ${ident(table)}`));
    const insert = async (table: string, data: unknown[], late: string[]) => {
      for (let i = 0; i < data.length; i += 500) {
        const part = data.slice(i, i + 500).map((r) => (late.length ? { ...(r as object), ...Object.fromEntries(late.map((c) => [c, null])) } : r));
        await tx.execute(sql`INSERT INTO ${sql.identifier(table)} SELECT * FROM jsonb_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(part)}::jsonb)`);
      }
    };
    for (const table of order) {
      const data = doc.tables[table];
      if (!data?.length) continue;
      await insert(table, data, deferred.get(table) ?? []);
      rows += data.length;
      progress(`  ${table}: ${data.length} rækker`);
    }
    // The columns that closed a cycle, now that both sides exist.
    for (const [table, cols] of deferred) {
      const data = doc.tables[table] ?? [];
      for (let i = 0; i < data.length; i += 500) {
        const set = sql.join(cols.map((c) => sql`${sql.identifier(c)} = s.${sql.identifier(c)}`), sql`, `);
        await tx.execute(sql`UPDATE ${sql.identifier(table)} AS t SET ${set}
          FROM jsonb_populate_recordset(NULL::${sql.identifier(table)}, ${JSON.stringify(data.slice(i, i + 500))}::jsonb) AS s WHERE t.id = s.id`);
      }
    }
    for (const [s, v] of Object.entries(doc.sequences)) {
      if ((await sequences(tx)).includes(s)) await tx.execute(sql`SELECT setval(${s}::regclass, ${v.value}, ${v.called})`);
    }
    // The restored trail goes on from its own head.
    await recordAudit(tx, { type: 'ops.backup_restored', actor: null, details: { rows, createdAt: doc.createdAt, from: doc.engine } });
  });
  return { rows };
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** One query type over both engines. A transaction is a Db too, so services pass `tx` where a Db is asked for. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Runs a multi-statement SQL script in one transaction (migrations). */
  runScript(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** PGlite on a data dir that had no database: made from the build's cluster (`build`) or by initdb. */
  created?: 'build' | 'initdb';
}

export interface OpenOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** Tests put each test in its own schema; production uses the default search path. */
  schema?: string;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.schema) : openPglite(opts.dataDir, opts.schema);
}

async function openPglite(dataDir: string | undefined, schema?: string): Promise<Database> {
  let dir: string | undefined;
  if (dataDir) {
    dir = path.resolve(dataDir, 'pglite');
    mkdirSync(path.dirname(dir), { recursive: true });
  }
  const created = dir && !existsSync(path.join(dir, 'PG_VERSION')) ? (existsSync(INITIAL_CLUSTER) ? 'build' : 'initdb') : undefined;
  const client = dir
    ? await PGlite.create(dir, created === 'build' ? { loadDataDir: new Blob([readFileSync(INITIAL_CLUSTER)]) } : {})
    : await PGlite.create();
  if (schema) {
    await client.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}; SET search_path TO ${quoteIdent(schema)}, public;`);
  }
  return {
    db: drizzlePglite(client) as unknown as Db,
    engine: 'pglite',
    runScript: async (text) => {
      await client.transaction(async (tx) => {
        await tx.exec(text);
      });
    },
    close: () => client.close(),
    created,
  };
}

// A new PGlite data dir starts from the empty cluster `npm run build` made with the same, exactly pinned PGlite
// (scripts/build-server.mjs), instead of running initdb in the WASM engine at first start (issue 15: 1.7 s of
// a first start, 0.65 s from the file). Beside the compiled server only; from the sources (tsx), initdb.
const INITIAL_CLUSTER = fileURLToPath(new URL('../../pglite-cluster.tar.gz', import.meta.url));

async function openPostgres(url: string, schema?: string): Promise<Database> {
  if (schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  // A dropped idle connection must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  await pool.query('select 1');
  return {
    db: drizzlePg(pool) as unknown as Db,
    engine: 'postgres',
    runScript: async (text) => {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query(text);
        await c.query('COMMIT');
      } catch (err) {
        await c.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        c.release();
      }
    },
    close: () => pool.end(),
  };
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error('invalid identifier');
  return `"${name}"`;
}

/** Raw SQL where the query builder does not reach; both drivers return `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/**
 * A raw statement built once, with placeholders (`sql.placeholder('x')`) for its values, and prepared per
 * connection: per call neither drizzle builds the SQL nor PostgreSQL parses and plans it (issue 15: the case
 * view's statement cost 0.8 ms of planning against 0.16 ms of execution). The name carries a hash of the
 * text, so two texts never share a name. `build` gets the first caller's Db (any Db builds the same text).
 * PGlite ignores the name.
 */
export function preparedStatement<T>(name: string, build: (db: Db) => SQL) {
  let built: { sql: string; params: unknown[]; name: string } | undefined;
  return async (db: Db, values: Record<string, unknown>): Promise<T[]> => {
    const { session, dialect } = internals(db);
    if (!built) {
      const q = dialect.sqlToQuery(build(db));
      built = { ...q, name: `${name}_${textHash(q.sql)}` };
    }
    return ((await session.prepareQuery(built, undefined, built.name, false).execute(values)) as { rows: T[] }).rows;
  };
}

/**
 * A transaction whose BEGIN and first statement travel in one message (issue 15: one round trip fewer on the
 * audited read). `opening` goes in PostgreSQL's simple protocol, so it is constant text with no values. On
 * PGlite (no network between) an ordinary transaction whose first statement is `opening`. Commits when `fn`
 * resolves and rolls back when it throws, as db.transaction does.
 */
export async function transactionOpening<T>(db: Db, opening: string, fn: (tx: Db, openingRows: Record<string, unknown>[]) => Promise<T>): Promise<T> {
  const { session, dialect } = internals(db);
  if (!(session.client instanceof pg.Pool)) return db.transaction(async (tx) => fn(tx, await queryRows(tx, sql.raw(opening))));
  const client = await session.client.connect();
  const tx = new NodePgTransaction(dialect as never, new NodePgSession(client, dialect as never, session.schema as never, session.options as never), session.schema as never);
  let broken: Error | undefined;
  try {
    const [, opened] = (await client.query(`BEGIN; ${opening}`)) as unknown as pg.QueryResult[];
    const out = await fn(tx as unknown as Db, opened!.rows);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw err;
  } finally {
    client.release(broken);
  }
}

/** `onOwnConnection`'s answer where there is no pool to take a connection from. */
export const NO_OWN_CONNECTION = Symbol('no own connection');

/**
 * Runs `fn` on one pool connection of its own, outside any transaction (each statement commits by itself),
 * with `connection` as a stable key for what the caller keeps per connection (lease.ts keeps its chain's
 * head). PostgreSQL only: on PGlite, or when `db` is already a transaction, NO_OWN_CONNECTION. After an error
 * that is not the database refusing a statement (the connection may have broken, or its state is unknown) the
 * connection is closed rather than given back.
 */
export async function onOwnConnection<T>(db: Db, fn: (conn: Db, connection: object) => Promise<T>): Promise<T | typeof NO_OWN_CONNECTION> {
  const { session } = internals(db);
  if (!(session.client instanceof pg.Pool)) return NO_OWN_CONNECTION;
  const client = await session.client.connect();
  let conn = connectionDbs.get(client);
  if (!conn) connectionDbs.set(client, (conn = drizzlePg(client) as unknown as Db));
  let broken: Error | undefined;
  try {
    return await fn(conn, client);
  } catch (err) {
    if (!databaseErrorOf(err)) broken = err as Error;
    throw err;
  } finally {
    client.release(broken);
  }
}
const connectionDbs = new WeakMap<pg.PoolClient, Db>();

/** The database's refusal of a statement (SQLSTATE, constraint), also when drizzle wrapped it as a cause. */
export function databaseErrorOf(err: unknown): pg.DatabaseError | null {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof pg.DatabaseError) return e;
  }
  return null;
}

const textHash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 12);

// drizzle's own door to a prepared raw statement (what db.execute does, with a name and placeholder values).
interface PreparedLike { execute(values?: Record<string, unknown>): Promise<unknown> }
interface Internals {
  session: {
    /** The driver's client: a pg.Pool for the root Db on PostgreSQL, a client in a transaction, PGlite. */
    client: unknown;
    schema: unknown;
    options: unknown;
    prepareQuery(query: { sql: string; params: unknown[] }, fields: undefined, name: string, arrayMode: false): PreparedLike;
  };
  dialect: { sqlToQuery(q: SQL): { sql: string; params: unknown[] } };
}
const internals = (db: Db) => db as unknown as Internals;

/**
 * The audit-chain designs measured against each other on PostgreSQL (issue 15): the same audited read (case row,
 * participants, persons, one audit row) under each way of keeping the chain. Raw `pg`, no app, loopback only,
 * bounded: SECONDS per candidate (default 3). Run: `npx tsx test/bench/audit-candidates.ts`.
 */
import { createHmac, randomUUID } from 'node:crypto';
import pg from 'pg';

const URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.SECONDS ?? 3);
const CONNS = Number(process.env.CONNS ?? 10);
const SCHEMA = `bench_audit_${process.pid}`;
const KEY = Buffer.alloc(32, 7);
const PARTITIONS = 16;

const admin = new pg.Client({ connectionString: URL });
await admin.connect();
await admin.query(`CREATE SCHEMA ${SCHEMA}; SET search_path TO ${SCHEMA};
  CREATE TABLE cases (id uuid PRIMARY KEY, n text, muni text);
  CREATE TABLE parts (case_id uuid, user_id uuid, role text); CREATE INDEX ON parts (case_id);
  CREATE TABLE persons (id uuid PRIMARY KEY, case_id uuid, name_enc text); CREATE INDEX ON persons (case_id);
  CREATE SEQUENCE ev_seq;
  CREATE TABLE ev (seq bigint PRIMARY KEY DEFAULT nextval('ev_seq'), at timestamptz NOT NULL, type text, actor uuid, case_id uuid,
                   details jsonb, chain smallint, chain_seq bigint, prev_hash text, hash text);
  CREATE UNIQUE INDEX ON ev (chain, chain_seq);
  CREATE TABLE seal (pos bigint PRIMARY KEY, seq bigint UNIQUE NOT NULL, prev_hash text, hash text);
  CREATE FUNCTION head(k int) RETURNS TABLE (chain int, chain_seq bigint, hash text) LANGUAGE plpgsql AS $$
  DECLARE i int; c int;
  BEGIN
    FOR i IN 0..${PARTITIONS - 1} LOOP
      c := (k + i) % ${PARTITIONS} + 1;
      IF pg_try_advisory_xact_lock(727602, c) THEN
        RETURN QUERY SELECT c, coalesce(max(e.chain_seq), 0), (SELECT e2.hash FROM ev e2 WHERE e2.chain = c ORDER BY e2.chain_seq DESC LIMIT 1) FROM ev e WHERE e.chain = c;
        RETURN;
      END IF;
    END LOOP;
    c := k % ${PARTITIONS} + 1;
    PERFORM pg_advisory_xact_lock(727602, c);
    RETURN QUERY SELECT c, coalesce(max(e.chain_seq), 0), (SELECT e2.hash FROM ev e2 WHERE e2.chain = c ORDER BY e2.chain_seq DESC LIMIT 1) FROM ev e WHERE e.chain = c;
  END $$;`);
const ids: string[] = [];
for (let i = 0; i < 500; i++) ids.push(randomUUID());
await admin.query(`INSERT INTO ${SCHEMA}.cases SELECT unnest($1::uuid[]), 'x', '165'`, [ids]);
await admin.query(`INSERT INTO ${SCHEMA}.parts SELECT c, gen_random_uuid(), 'CONSULTANT' FROM unnest($1::uuid[]) c, generate_series(1,2)`, [ids]);
await admin.query(`INSERT INTO ${SCHEMA}.persons SELECT gen_random_uuid(), c, repeat('x', 80) FROM unnest($1::uuid[]) c, generate_series(1,3)`, [ids]);

const pool = new pg.Pool({ connectionString: URL, max: CONNS, options: `-c search_path=${SCHEMA}` });
const mac = (prev: string, body: string) => createHmac('sha256', KEY).update(prev).update(body).digest('hex');
type C = pg.PoolClient;
const reads = async (c: C, id: string) => {
  await c.query({ name: 'r1', text: 'SELECT * FROM cases WHERE id = $1', values: [id] });
  await c.query({ name: 'r2', text: 'SELECT * FROM parts WHERE case_id = $1', values: [id] });
  await c.query({ name: 'r3', text: 'SELECT * FROM persons WHERE case_id = $1', values: [id] });
};
const insertPlain = (c: C, id: string) =>
  c.query({ name: 'i0', text: `INSERT INTO ev (at, type, actor, case_id, details) VALUES (now(), 'case.read', $1, $1, '{}')`, values: [id] });
const appendGlobal = async (c: C, id: string) => {
  const { rows } = await c.query({ name: 'h1', text: 'SELECT chain_seq, hash FROM ev WHERE chain = 0 ORDER BY chain_seq DESC LIMIT 1' });
  const n = Number(rows[0]?.chain_seq ?? 0) + 1;
  const prev = rows[0]?.hash ?? '0';
  await c.query({ name: 'i1', text: `INSERT INTO ev (at, type, actor, case_id, details, chain, chain_seq, prev_hash, hash) VALUES (now(), 'case.read', $1, $1, '{}', 0, $2, $3, $4)`, values: [id, n, prev, mac(prev, `${n}${id}`)] });
};
let rr = 0;
const candidates: Record<string, (c: C, id: string) => Promise<void>> = {
  'no chain (anchor)': async (c, id) => { await reads(c, id); await insertPlain(c, id); },
  'global lock from 2nd statement (main)': async (c, id) => {
    await c.query('SELECT pg_advisory_xact_lock(727602)'); await reads(c, id); await appendGlobal(c, id);
  },
  'global lock only for the final append': async (c, id) => {
    await reads(c, id); await c.query('SELECT pg_advisory_xact_lock(727602)'); await appendGlobal(c, id);
  },
  [`${PARTITIONS} chains, try-lock, final append`]: async (c, id) => {
    await reads(c, id);
    const { rows } = await c.query({ name: 'hp', text: 'SELECT * FROM head($1)', values: [rr++ % PARTITIONS] });
    const h = rows[0]; const n = Number(h.chain_seq) + 1; const prev = h.hash ?? '0';
    await c.query({ name: 'ip', text: `INSERT INTO ev (at, type, actor, case_id, details, chain, chain_seq, prev_hash, hash) VALUES (now(), 'case.read', $1, $1, '{}', $2, $3, $4, $5)`, values: [id, h.chain, n, prev, mac(prev, `${n}${id}`)] });
  },
  'unchained rows + sealer every 100 ms': async (c, id) => { await reads(c, id); await insertPlain(c, id); },
};

async function sealerLoop(stop: () => boolean) {
  let sealed = 0;
  while (!stop()) {
    const c = await pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock(727603)');
      const head = (await c.query('SELECT pos, seq, hash FROM seal ORDER BY pos DESC LIMIT 1')).rows[0];
      const low = Number(head?.seq ?? 0) - 20000;
      const { rows } = await c.query(`SELECT e.seq, e.case_id FROM ev e WHERE e.seq > $1 AND e.chain IS NULL AND NOT EXISTS (SELECT 1 FROM seal s WHERE s.seq = e.seq) ORDER BY e.seq LIMIT 5000`, [low]);
      let pos = Number(head?.pos ?? 0); let prev = head?.hash ?? '0';
      const vals: unknown[][] = [[], [], [], []];
      for (const r of rows) { pos += 1; const h = mac(prev, `${r.seq}${r.case_id}`); vals[0]!.push(pos); vals[1]!.push(r.seq); vals[2]!.push(prev); vals[3]!.push(h); prev = h; }
      if (rows.length) await c.query('INSERT INTO seal SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])', vals);
      await c.query('COMMIT');
      sealed += rows.length;
    } finally { c.release(); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return sealed;
}

const results = [];
for (const [name, fn] of Object.entries(candidates)) {
  let done = 0; const lat: number[] = [];
  const until = Date.now() + SECONDS * 1000;
  let stopped = false;
  const sealer = name.startsWith('unchained') ? sealerLoop(() => stopped) : null;
  await Promise.all(Array.from({ length: CONNS }, async (_, w) => {
    while (Date.now() < until) {
      const t0 = performance.now();
      const c = await pool.connect();
      try { await c.query('BEGIN'); await fn(c, ids[(w * 7919 + done) % ids.length]!); await c.query('COMMIT'); } finally { c.release(); }
      lat.push(performance.now() - t0); done += 1;
    }
  }));
  stopped = true;
  const sealed = sealer ? await sealer : undefined;
  lat.sort((a, b) => a - b);
  results.push({ candidate: name, 'tx/s': Math.round(done / SECONDS), 'p50 ms': lat[lat.length >> 1]!.toFixed(1), 'p99 ms': lat[Math.floor(lat.length * 0.99)]!.toFixed(1), ...(sealed !== undefined ? { sealed } : {}) });
}
console.log(`audited read (3 reads + 1 audit row), ${CONNS} connections, ${SECONDS} s each, PostgreSQL`);
console.table(results);
await pool.end();
await admin.query(`DROP SCHEMA ${SCHEMA} CASCADE`);
await admin.end();

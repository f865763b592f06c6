import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { AppContext } from '../../src/server/platform/app-context.js';

/**
 * The raw anchors: what each benchmarked request must at least make the database do, straight through the
 * driver (no app, no HTTP, no ORM), on the app's own connection pool (PostgreSQL: the same 10 connections) or
 * PGlite instance. Audit rows go to a scratch copy of audit_events so the real trail stays verifiable.
 */
export type Anchor = () => Promise<void>;

type Query = (text: string, values?: unknown[]) => Promise<unknown>;

export async function anchors(ctx: AppContext, p: { caseId: string; region: string; cprIndex: string; userId: string }) {
  const client = (ctx.db as unknown as { $client: pg.Pool | PGlite }).$client;
  const tx = async (fn: (q: Query) => Promise<void>) => {
    if (ctx.database.engine === 'postgres') {
      const c = await (client as pg.Pool).connect();
      try {
        await c.query('BEGIN');
        await fn((text, values) => c.query(text, values as unknown[]));
        await c.query('COMMIT');
      } finally {
        c.release();
      }
    } else {
      await (client as PGlite).transaction(async (t) => fn((text, values) => t.query(text, values as unknown[])));
    }
  };
  const setup = async (q: Query) => void (await q(`CREATE TABLE bench_anchor_audit (LIKE audit_events INCLUDING DEFAULTS)`));
  await tx(setup);
  const audit = (q: Query, type: string) =>
    q(`INSERT INTO bench_anchor_audit (occurred_at, event_type, use_type, actor_user_id, case_id, details, chain, prev_hash, hash)
       VALUES (now(), $1, 'read', $2, $3, '{}', 0, '', '')`, [type, p.userId, p.caseId]);
  const scope = `c.responsible_municipality_code IN (SELECT code FROM municipalities WHERE region = $1)`;
  return {
    /** Issue 15's anchor: case row, participants with names, persons, one audit row, in one transaction. */
    caseRead: () => tx(async (q) => {
      await q('SELECT * FROM cases WHERE id = $1', [p.caseId]);
      await q('SELECT cp.user_id, cp.participant_role, u.display_name FROM case_participants cp JOIN users u ON u.id = cp.user_id WHERE cp.case_id = $1', [p.caseId]);
      await q('SELECT * FROM case_persons WHERE case_id = $1', [p.caseId]);
      await audit(q, 'case.read');
    }),
    caseList: () => tx(async (q) => {
      await q(`SELECT c.*, cp.name_enc FROM cases c LEFT JOIN case_persons cp ON cp.case_id = c.id AND cp.role = 'BORGER'
               WHERE ${scope} ORDER BY c.created_at DESC, c.id DESC LIMIT 50`, [p.region]);
      await q(`SELECT count(*) FROM cases c WHERE ${scope}`, [p.region]);
      await audit(q, 'case.listed');
    }),
    cprSearch: () => tx(async (q) => {
      await q(`SELECT c.*, cp.name_enc FROM cases c LEFT JOIN case_persons cp ON cp.case_id = c.id AND cp.role = 'BORGER'
               WHERE ${scope} AND EXISTS (SELECT 1 FROM case_person_cprs h WHERE h.case_id = c.id AND h.cpr_index = $2) LIMIT 200`, [p.region, p.cprIndex]);
      await audit(q, 'case.searched');
    }),
    insert: () => tx(async (q) => {
      await q(`INSERT INTO inquiries (received_at, channel, initiator_role, anonymous, concern_types, created_by)
               VALUES (now(), 'TELEFON', 'LAERER', true, ARRAY['NSK'], $1)`, [p.userId]);
      await audit(q, 'inquiry.created');
    }),
    close: () => tx((q) => q('DROP TABLE bench_anchor_audit').then(() => {})),
  };
}

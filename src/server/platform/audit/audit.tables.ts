import { bigint, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditEvents = pgTable('audit_events', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  eventType: text('event_type').notNull(),
  useType: text('use_type').notNull(),
  actorUserId: uuid('actor_user_id'),
  actorRole: text('actor_role'),
  subjectType: text('subject_type'),
  subjectId: text('subject_id'),
  caseId: uuid('case_id'),
  purpose: text('purpose'),
  details: jsonb('details').$type<AuditDetails>().notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
  /** 0: the unkeyed chain of rows from before migration 0120; 1..32: the keyed chains (chain.ts). */
  chain: smallint('chain').notNull(),
  chainSeq: bigint('chain_seq', { mode: 'number' }),
  /** Public id of the key that made `hash` (keys.ts); null on chain 0. */
  keyId: text('key_id'),
  /** What `hash` covers (chain.ts keyedChainHash): null v2 (with seq), 3 on a leased chain (without seq). */
  hashFormat: smallint('hash_format'),
});

/** Ids, codes and field names only, never content. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;
